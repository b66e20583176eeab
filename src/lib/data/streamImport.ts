import { formatCount } from '../format';
import { scopeOfWage } from './scopeOfWage';
import { anyFormatImporter, resultOf, type AnyImportResult } from './anyFormatImporter';
import { readCsvChunks } from './readCsvChunks';
import { fileProblem, sniffText } from './readRows';
import type { Problem } from './schema';
import { textDecoding, type TextDecoding } from './textDecoding';
import { importTidyWages } from './tidyWages';

/**
 * The largest file the import takes. BLS's all-areas file (national, state, metro and industry, ~400,000 rows)
 * is about 92 MB as CSV; the reader holds only a piece at a time, so memory grows with the rows kept, not the file.
 */
export const MAX_IMPORT_BYTES = 600_000_000;

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;

/** The problem for a file over the size limit, or null. */
export function sizeProblem(bytes: number, file: string): Problem | null {
	if (bytes <= MAX_IMPORT_BYTES) return null;
	return fileProblem(
		file,
		'tooLarge',
		`This file is ${mb(bytes)}; the import takes files up to ${mb(MAX_IMPORT_BYTES)} (the all-areas BLS OEWS file, every area and industry, is about 92 MB as CSV). Keep only the areas, industries or occupations you need (for example with a filter in a spreadsheet), save as CSV and import that.`,
		String(bytes)
	);
}

export interface ImportProgress {
	/** Bytes read so far. */
	bytes: number;
	/** The file's size in bytes. */
	total: number;
	/** Data rows read so far. */
	rows: number;
	rowsPerSecond: number;
}

export interface StreamImportOptions {
	/** The id the imported rows carry (e.g. "import-k3x9a1"). */
	sourceId: string;
	/** The file's size in bytes, for progress. */
	total: number;
	onProgress?: (p: ImportProgress) => void;
	/** Characters handed to the reader at a time (default ~1 M). */
	batchChars?: number;
	/** Milliseconds between progress reports (default 100). */
	progressEvery?: number;
}

const empty = (problem: Problem): AnyImportResult => ({ format: null, wages: [], projections: [], problems: [problem], read: 0, rejected: 0 });

/**
 * Imports a byte stream of any recognised format without holding the whole text: decodes piece by piece
 * (UTF-8, UTF-16 with its BOM, Windows-1252 when the bytes are not UTF-8; text pieces as they are), refuses
 * binary and empty files from their first bytes, reads rows with their line
 * numbers and feeds the importer the header names. Used by the parse worker and the benchmark.
 */
export async function importByteStream(
	chunks: AsyncIterable<Uint8Array | string>,
	file: string,
	{ sourceId, total, onProgress, batchChars = 1 << 20, progressEvery = 100 }: StreamImportOptions
): Promise<AnyImportResult> {
	const decoder = textDecoding();
	const importer = anyFormatImporter(file, sourceId);
	const reader = readCsvChunks(file, (cells, line) => importer.row(cells, line));
	const started = performance.now();
	let lastReport = 0;
	let bytes = 0;
	let text = '';
	let sniffed = false;
	// The tidy format is read whole by its own importer; its text is kept only once the header says so.
	let kept: string[] | null = [];

	const report = (force = false) => {
		const now = performance.now();
		if (!onProgress || (!force && now - lastReport < progressEvery)) return;
		lastReport = now;
		const seconds = (now - started) / 1000;
		onProgress({ bytes, total, rows: importer.rows, rowsPerSecond: seconds > 0 ? Math.round(importer.rows / seconds) : 0 });
	};
	const push = (piece: string) => {
		kept?.push(piece);
		reader.push(piece);
		if (kept && importer.format !== null && importer.format !== 'tidyWages') kept = null;
	};

	for await (const chunk of chunks) {
		// Text pieces (Node's streams with an encoding) are used as they are; bytes are decoded as UTF-8.
		if (typeof chunk === 'string') {
			bytes += chunk.length;
			text += bytes === chunk.length && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
		} else {
			bytes += chunk.byteLength;
			text += decoder.decode(chunk);
		}
		if (!sniffed) {
			if (text.length < 4096) continue;
			const refused = sniffText(text, file);
			if (refused) return empty(refused);
			sniffed = true;
		}
		if (text.length >= batchChars) {
			push(text);
			text = '';
			report();
		}
	}
	text += decoder.end();
	if (!sniffed) {
		const refused = sniffText(text, file);
		if (refused) return empty(refused);
	}
	push(text);
	const { problems, notices: damaged } = reader.end();
	const notices = [...encodingNotices(decoder, file), ...damaged];
	report(true);
	if (importer.format === 'tidyWages' && kept) {
		// Its importer reads the text again, quotes and all, so the reader's problems are already in its result.
		const read = importTidyWages(kept.join(''), file);
		const tidy = resultOf('tidyWages', read);
		// Each source of the export stays a source of its own, under this import's id.
		for (const r of tidy.wages) r.sourceId = `${sourceId}~${r.sourceId}`;
		tidy.releases = Object.fromEntries(Object.entries(read.releases).map(([id, release]) => [`${sourceId}~${id}`, release]));
		return notices.length === 0 ? tidy : { ...tidy, problems: [...notices, ...tidy.problems] };
	}
	const result = importer.finish();
	// Each kind of row (national, industry, state, metro) makes a source of its own (see sourcesOfImport).
	if (result.format === 'oews') for (const r of result.wages) r.sourceId = `${sourceId}-${scopeOfWage(r)}`;
	if (problems.length === 0 && notices.length === 0) return result;
	return { ...result, problems: [...notices, ...problems, ...result.problems], read: result.read + problems.length, rejected: result.rejected + problems.length };
}

/** What the report says about how the bytes were decoded: nothing for UTF-8; the encoding otherwise. */
export function encodingNotices(decoder: TextDecoding, file: string): Problem[] {
	if (decoder.encoding === 'utf-8') return [];
	if (decoder.encoding !== 'windows-1252')
		return [fileProblem(file, 'encoding', `The file is ${decoder.encoding.toUpperCase()} (it starts with that byte-order mark) and was read as such. Nothing needs to change here; for other tools, save it as "CSV UTF-8", the more common choice.`, decoder.encoding)];
	const before = decoder.mixed ? ' Text before that byte was read as UTF-8, so the file mixes two encodings: check the titles, or export it again as CSV UTF-8.' : ' Check a few titles with accents or dashes, or save the file as "CSV UTF-8" to be sure.';
	return [
		fileProblem(
			file,
			'encoding',
			`The file is not valid UTF-8 (from byte ${formatCount(decoder.invalidAt)}), so it was read as Windows-1252, the encoding Excel on Windows uses for CSV: "–" and "é" come out as written.${before}`,
			'windows-1252'
		)
	];
}

/** Reads a web ReadableStream as an async iterable (Chrome's streams are not async-iterable everywhere yet). */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
	const reader = stream.getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			yield value;
		}
	} finally {
		reader.releaseLock();
	}
}
