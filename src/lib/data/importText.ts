import { readRows, sniffText } from './readRows';
import type { ImportResult, Problem } from './schema';

/** A format's importer, fed one row at a time so that a text or a stream can drive it. */
export interface RowImporter<T> {
	row(cells: string[], line: number): void;
	finish(): ImportResult<T>;
}

export const emptyResult = <T>(problems: Problem[]): ImportResult<T> => ({ rows: [], problems, read: 0, rejected: 0 });

/** Adds the rows a reader rejected before the importer saw them (unterminated quotes), and notices that reject nothing. */
export function withReaderProblems<T>(result: ImportResult<T>, problems: Problem[], notices: Problem[] = []): ImportResult<T> {
	if (problems.length === 0 && notices.length === 0) return result;
	return {
		...result,
		problems: [...notices, ...problems, ...result.problems],
		read: result.read + problems.length,
		rejected: result.rejected + problems.length
	};
}

/** Runs an importer over a whole text: sniff, read rows with line numbers, import. */
export function importText<T>(text: string, file: string, importer: RowImporter<T>): ImportResult<T> {
	const refused = sniffText(text, file);
	if (refused) return emptyResult([refused]);
	const { problems, notices } = readRows(text, file, (cells, line) => importer.row(cells, line));
	return withReaderProblems(importer.finish(), problems, notices);
}

/** The problem for a file whose header came but no data rows did. */
export const headerOnlyProblem = (file: string): Problem => ({
	kind: 'empty',
	file,
	line: 0,
	column: '',
	value: '',
	reason: 'The file has a header but no data rows. Check that the whole table was exported, not only its header.'
});

/** The problem for a row whose cell count differs from the header's. */
export const raggedProblem = (file: string, line: number, found: number, expected: number): Problem => ({
	kind: 'ragged',
	file,
	line,
	column: '',
	value: `${found} cells`,
	reason: `This row has ${found} cells but the header has ${expected}. A delimiter or quote is probably missing or extra: check this line (a text containing a comma must be in quotes).`
});

/** When a header splits into one column, the delimiter is likely something we do not read. */
export function singleColumnHint(header: string[]): string {
	if (header.length !== 1) return '';
	const other = header[0].match(/[|:^~]/)?.[0];
	return other
		? ` The header did not split into columns; the file seems to use "${other}" as its delimiter. Use comma, semicolon or tab.`
		: ' The header did not split into columns; use comma, semicolon or tab as the delimiter.';
}
