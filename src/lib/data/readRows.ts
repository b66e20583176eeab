import Papa from 'papaparse';
import type { Problem } from './schema';

export type Delimiter = ',' | ';' | '\t';
export type RowHandler = (cells: string[], line: number) => void;

const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

export const fileProblem = (file: string, kind: Problem['kind'], reason: string, value = ''): Problem => ({
	kind,
	file,
	line: 0,
	column: '',
	value,
	reason
});

/** Says why a text cannot be a CSV at all (empty, binary, UTF-16), or null when it may be one. */
export function sniffText(text: string, file: string): Problem | null {
	const head = text.slice(0, 4096);
	if (text.replace(/^\uFEFF/, '').trim() === '') return fileProblem(file, 'empty', 'The file is empty: there is no header and no data. Choose the CSV file that holds the data, or export it again.');
	if (head.startsWith('\u0089PNG') || head.startsWith('\uFFFDPNG') || head.startsWith('PK\u0003\u0004') || /^%PDF/.test(head))
		return fileProblem(file, 'binary', 'This is not a text CSV (it looks like an image, PDF or zip/xlsx file). Save or export the data as CSV.');
	const nul = (head.match(/\u0000/g) ?? []).length;
	if (head.startsWith('\uFFFE') || (nul > 0 && nul >= head.length / 4))
		return fileProblem(file, 'encoding', 'The file is UTF-16 encoded. Save it as "CSV UTF-8" and import it again.');
	if (nul > 0) return fileProblem(file, 'binary', 'The file contains binary (NUL) characters, so it is not a text CSV.');
	return null;
}

/** Picks the delimiter that splits the header line into the most columns. */
export function detectDelimiter(firstLine: string): Delimiter {
	const count = (d: string) => firstLine.split(d).length - 1;
	const candidates: Delimiter[] = [',', ';', '\t'];
	return candidates.reduce((best, d) => (count(d) > count(best) ? d : best), ',' as Delimiter);
}

export const delimiterName = (d: Delimiter) => DELIMITER_NAMES[d];

/**
 * Streams the rows of a delimited text to `onRow` with their 1-based line numbers.
 * Strips a UTF-8 BOM, detects the delimiter and line ending, skips blank lines.
 * Returns the problems that concern the file's structure (unterminated quotes).
 */
export function readRows(text: string, file: string, onRow: RowHandler): { problems: Problem[]; delimiter: Delimiter } {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const firstBreak = body.indexOf('\n');
	const firstLine = firstBreak < 0 ? body : body.slice(0, firstBreak);
	const delimiter = detectDelimiter(firstLine);
	const newline = firstLine.endsWith('\r') ? '\r\n' : '\n';
	const problems: Problem[] = [];
	let scan = 0;
	let line = 1;
	let rowStart = 0;
	Papa.parse<string[]>(body, {
		delimiter,
		newline,
		skipEmptyLines: false,
		step: (result) => {
			for (let nl = body.indexOf('\n', scan); nl >= 0 && nl < rowStart; nl = body.indexOf('\n', scan)) {
				line++;
				scan = nl + 1;
			}
			rowStart = result.meta.cursor;
			const cells = result.data;
			const last = cells.length - 1;
			if (last >= 0 && cells[last].endsWith('\r')) cells[last] = cells[last].slice(0, -1);
			if (result.errors.some((e) => e.type === 'Quotes')) {
				problems.push({
					kind: 'quote',
					file,
					line,
					column: '',
					value: cells.join(delimiter).slice(0, 60),
					reason: 'A quoted field is never closed ("), so the rest of the file cannot be read as rows. Check the quotes on this line.'
				});
				return;
			}
			if (cells.length === 1 && cells[0].trim() === '') return;
			onRow(cells, line);
		}
	});
	return { problems, delimiter };
}
