/// <reference lib="webworker" />
/**
 * The Web Worker that reads shipped wage files too large to parse on the page's thread (loaded with `?worker`): it
 * fetches each file, imports it with the same tidy importer, and posts the rows packed by column, their arrays
 * transferred rather than copied. The page unpacks them in a millisecond or two per file.
 */
import { errorMessage } from '../errorMessage';
import { httpProblem } from './httpProblem';
import { packWages, type PackedRows } from './packRows';
import { importTidyWages } from './tidyWages';
import type { WagesReply, WagesRequest } from './wagesProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The buffers of a packed part, handed to the page instead of copied. */
const buffersOf = (packed: PackedRows): ArrayBuffer[] =>
	[
		...Object.values(packed.text).map((c) => c.index),
		...Object.values(packed.numbers),
		...Object.values(packed.figures).flatMap((c) => [c.numbers, c.codes])
	].map((a) => a.buffer as ArrayBuffer);

async function readFile({ url, name }: WagesRequest['files'][number]): Promise<WagesReply> {
	const response = await fetch(url);
	if (!response.ok) return { name, problems: [httpProblem(name, response.status)] };
	const result = importTidyWages(await response.text(), name);
	return result.problems.length > 0 ? { name, problems: result.problems } : { name, packed: packWages(result.rows) };
}

scope.onmessage = async ({ data }: MessageEvent<WagesRequest>) => {
	for (const file of data.files) {
		const reply = await readFile(file).catch((e: unknown): WagesReply => ({ name: file.name, error: errorMessage(e) }));
		scope.postMessage(reply, reply.packed ? buffersOf(reply.packed) : []);
	}
};
