import type { ImportedMeta } from './importedSchema';
import type { ImportFormat } from './detectFormat';
import ParseWorker from './parseWorker?worker';
import type { ProjectionRecord, WageRecord } from './schema';
import type { ImportProgress } from './streamImport';
import type { ProblemSummary, WorkerReply } from './workerProtocol';

export type { ImportProgress } from './streamImport';

/** A file read by the parse worker: its format, rows and problems; read = accepted + rejected. */
export interface ParsedFile extends ProblemSummary {
	format: ImportFormat | null;
	/** The stored import, when `store` was asked for and rows were accepted; null otherwise. */
	stored: ImportedMeta | null;
	/** OEWS or tidy wage records (empty for projections, and when the worker stored them). */
	wages: WageRecord[];
	/** Employment Projections rows (empty otherwise). */
	projections: ProjectionRecord[];
	read: number;
	rejected: number;
}

/** The promise of a cancelled import rejects with this. */
export class ImportCancelled extends Error {
	constructor() {
		super('The import was cancelled.');
		this.name = 'ImportCancelled';
	}
}

export interface ParseJob {
	promise: Promise<ParsedFile>;
	/** Stops the parse at once (the worker is terminated) and rejects the promise with ImportCancelled. */
	cancel(): void;
}

export interface ParseOptions {
	/** The id the rows will carry. */
	sourceId: string;
	onProgress?: (progress: ImportProgress) => void;
	signal?: AbortSignal;
	/** Have the worker keep the rows in IndexedDB under this label (nothing is kept when no row is accepted). */
	store?: { label: string; importedAt: string };
}

/**
 * Parses a File in a Web Worker, off the main thread. With `store`, the worker also writes the rows to
 * IndexedDB and only a summary comes back; otherwise rows arrive in small batches, so no single message
 * takes long to receive. The worker's memory is freed when it is terminated after the last message.
 */
export function parseInWorker(file: File, { sourceId, onProgress, signal, store }: ParseOptions): ParseJob {
	const worker = new ParseWorker();
	let settle: { resolve: (f: ParsedFile) => void; reject: (e: Error) => void };
	const promise = new Promise<ParsedFile>((resolve, reject) => (settle = { resolve, reject }));
	const wages: WageRecord[] = [];
	const projections: ProjectionRecord[] = [];
	let finished = false;

	const stop = (error: Error | null, done?: ParsedFile) => {
		if (finished) return;
		finished = true;
		worker.terminate();
		signal?.removeEventListener('abort', cancel);
		if (done) settle.resolve(done);
		else settle.reject(error!);
	};
	const cancel = () => stop(new ImportCancelled());

	worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
		if (data.type === 'progress') onProgress?.(data.progress);
		else if (data.type === 'wages') for (const r of data.rows) wages.push(r);
		else if (data.type === 'projections') for (const r of data.rows) projections.push(r);
		else if (data.type === 'error') stop(new Error(data.message));
		else {
			const { type: _, ...summary } = data;
			stop(null, { ...summary, wages, projections });
		}
	};
	worker.onerror = (event) => stop(new Error(event.message || 'The file could not be read.'));
	if (signal?.aborted) cancel();
	else signal?.addEventListener('abort', cancel);
	worker.postMessage({ file, sourceId, store });
	return { promise, cancel };
}
