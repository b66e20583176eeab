import type { Delimiter, RowHandler } from './detectDelimiter';
import { readCsvChunks } from './readCsvChunks';
import type { Problem } from './schema';

export { detectDelimiter, type Delimiter, type RowHandler } from './detectDelimiter';

const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

export const fileProblem = (file: string, kind: Problem['kind'], reason: string, value = ''): Problem => ({
	kind,
	file,
	line: 0,
	column: '',
	value,
	reason
});

/** Says why a text cannot be a CSV at all (empty, binary, UTF-16), or null when it may be one. A PNG's first byte reads as U+0089 (latin1), U+FFFD (UTF-8) or ‰ (Windows-1252). */
export function sniffText(text: string, file: string): Problem | null {
	const head = text.slice(0, 4096);
	if (text.replace(/^\uFEFF/, '').trim() === '') return fileProblem(file, 'empty', 'The file is empty: there is no header and no data. Choose the CSV file that holds the data, or export it again.');
	if (/^[\u0089\uFFFD\u2030]PNG/.test(head) || head.startsWith('PK\u0003\u0004') || /^%PDF/.test(head))
		return fileProblem(file, 'binary', 'This is not a text CSV (it looks like an image, PDF or zip/xlsx file). Save or export the data as CSV.');
	const nul = (head.match(/\u0000/g) ?? []).length;
	if (head.startsWith('\uFFFE') || (nul > 0 && nul >= head.length / 4))
		return fileProblem(file, 'encoding', 'The file is UTF-16 encoded. Save it as "CSV UTF-8" and import it again.');
	if (nul > 0) return fileProblem(file, 'binary', 'The file contains binary (NUL) characters, so it is not a text CSV.');
	return null;
}

export const delimiterName = (d: Delimiter) => DELIMITER_NAMES[d];

/**
 * Reads the rows of a whole delimited text to `onRow` with their 1-based line numbers.
 * Strips a UTF-8 BOM, detects the delimiter and line ending, skips blank lines.
 * Returns the problems that concern the file's structure (unterminated quotes) and notices of damaged text.
 */
export function readRows(text: string, file: string, onRow: RowHandler): { problems: Problem[]; notices: Problem[]; delimiter: Delimiter } {
	const reader = readCsvChunks(file, onRow);
	reader.push(text);
	return reader.end();
}
