/// <reference lib="webworker" />
/**
 * The import's Web Worker (loaded with `?worker`): streams the File, recognises its format, imports
 * it row by row and posts progress. Then it either stores the rows in IndexedDB itself (so the page
 * never receives them) or posts them in small batches, and last a summary. The main thread terminates
 * it to cancel.
 */
import { errorMessage } from '../errorMessage';
import { shownRows, sourcesOfImport, type ImportedMeta } from './importedSchema';
import type { AnyImportResult } from './anyFormatImporter';
import { saveImport } from './importedStore';
import { isXlsx, readXlsxRows } from './readXlsx';
import { chunksOf, importByteStream, sizeProblem, type ImportProgress } from './streamImport';
import { summariseProblems } from './summariseProblems';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

/** Rows per message when rows are posted: each batch is received on the main thread in a few milliseconds. */
const BATCH = 500;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply) => scope.postMessage(reply);

async function importFile({ file, sourceId }: WorkerRequest): Promise<AnyImportResult> {
	const tooLarge = sizeProblem(file.size, file.name);
	if (tooLarge) return { format: null, wages: [], projections: [], problems: [tooLarge], read: 0, rejected: 0 };
	const onProgress = (progress: ImportProgress) => post({ type: 'progress', progress });
	const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
	const chunks = isXlsx(file.name, head) ? readXlsxRows(file) : chunksOf(file.stream());
	// Four reports a second: enough for a smooth bar, few enough to leave the page's thread idle.
	return importByteStream(chunks, file.name, { sourceId, total: file.size, onProgress, progressEvery: 250 });
}

/** Keeps an import that has accepted rows; a file with none leaves the stored data as it was. */
async function store(result: AnyImportResult, request: WorkerRequest, problemTotal: number): Promise<ImportedMeta | null> {
	const accepted = result.read - result.rejected;
	if (!request.store || result.format === null || accepted <= 0) return null;
	const rows = { wages: result.wages, projections: result.projections };
	const described = { fileName: request.file.name, label: request.store.label, format: result.format, importedAt: request.store.importedAt };
	const meta: ImportedMeta = {
		id: request.sourceId,
		...described,
		read: result.read,
		accepted,
		rejected: result.rejected,
		problemTotal,
		sources: sourcesOfImport(described, rows, result.releases),
		shown: shownRows(rows)
	};
	await saveImport({ ...meta, ...rows });
	return meta;
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	try {
		const result = await importFile(event.data);
		const summary = summariseProblems(result.problems);
		const stored = await store(result, event.data, summary.problemTotal);
		if (!event.data.store) {
			for (let i = 0; i < result.wages.length; i += BATCH) post({ type: 'wages', rows: result.wages.slice(i, i + BATCH) });
			for (let i = 0; i < result.projections.length; i += BATCH) post({ type: 'projections', rows: result.projections.slice(i, i + BATCH) });
		}
		post({ type: 'done', format: result.format, read: result.read, rejected: result.rejected, stored, ...summary });
	} catch (error) {
		post({ type: 'error', message: errorMessage(error) });
	}
};
