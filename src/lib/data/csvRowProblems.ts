import type { Problem } from './schema';

/**
 * The problems both CSV readers (the hand-written `readCsvChunks` and the papaparse-based `csvRowReader`) report,
 * kept apart from either so that a page reading the shipped files loads neither papaparse nor the other reader.
 */

/** A row still open after this many characters is given up: an unclosed quote would otherwise swallow the file. */
export const MAX_ROW_CHARS = 8 * 1024 * 1024;

export const quoteProblem = (file: string, line: number, value: string, tooLong: boolean): Problem => ({
	kind: 'quote',
	file,
	line,
	column: '',
	value: value.slice(0, 60),
	reason: tooLong
		? `A quoted field opened on this line runs on for more than ${MAX_ROW_CHARS / 1024 / 1024} MB: its closing quote (") is probably missing, so the rest of the file cannot be read as rows. Check the quotes on this line.`
		: 'A quoted field is never closed ("), so the rest of the file cannot be read as rows. Check the quotes on this line.'
});

export const runOnProblem = (file: string, line: number, value: string): Problem => ({
	kind: 'tooLarge',
	file,
	line,
	column: '',
	value: value.slice(0, 60),
	reason: `Line ${line} runs on for more than ${MAX_ROW_CHARS / 1024 / 1024} MB without a line break, so the file cannot be read as rows. Check that it is a CSV file with one record per line.`
});

export const replacementNotice = (file: string, line: number, value: string): Problem => ({
	kind: 'encoding',
	file,
	line,
	column: '',
	value: value.slice(0, 60),
	reason: 'This line holds the replacement character \uFFFD: some of its text was lost in an earlier conversion between encodings, so a title may read wrongly. Check this line, or export the file again as CSV UTF-8.'
});
