import type { DataFile } from './dataFiles';
import { DataFileError, readWages } from './loadDataset';
import { unpackWages } from './packRows';
import type { WageRecord } from './schema';
import type { WagesReply, WagesRequest } from './wagesProtocol';
import WagesWorker from './wagesWorker?worker';

/**
 * Reads shipped wage files in the wages worker, so a 3 MB file does not hold the page's thread for hundreds of
 * milliseconds on a phone; the rows are those the same importer gives on this thread. Where there are no workers,
 * the files are read here. A file that cannot be read rejects with what kept it from being read.
 */
export function readWagesOffThread(fetch: typeof globalThis.fetch, files: readonly DataFile[]): Promise<WageRecord[]> {
	if (typeof Worker === 'undefined' || files.length === 0) return readWages(fetch, files);
	return new Promise((resolve, reject) => {
		const worker = new WagesWorker();
		const parts: WageRecord[][] = [];
		const fail = (error: Error) => {
			worker.terminate();
			reject(error);
		};
		worker.onmessage = ({ data }: MessageEvent<WagesReply>) => {
			if (data.problems) return fail(new DataFileError(data.problems));
			const rows = data.packed ? unpackWages(data.packed) : null;
			if (!rows) return fail(new Error(`${data.name} could not be read: ${data.error ?? 'its rows came back damaged'}.`));
			parts.push(rows);
			if (parts.length < files.length) return;
			worker.terminate();
			resolve(parts.flat());
		};
		worker.onerror = (event) => fail(new Error(`${files.map((f) => f.name).join(', ')} could not be read: ${event.message || 'the worker stopped'}.`));
		const request: WagesRequest = { files: files.map((f) => ({ url: new URL(f.url, location.href).href, name: f.name })) };
		worker.postMessage(request);
	});
}
