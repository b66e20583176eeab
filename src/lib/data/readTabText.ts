import type { ImportResult, Problem } from './schema';

/**
 * Reads a tab-separated text with a header row (O*NET's database files) into rows keyed by column name.
 * O*NET quotes nothing, so a quote is text and only tabs and line ends separate cells; CRLF and LF both end a line.
 * A row with a different number of cells than the header is rejected with its line.
 */
export function readTabText(text: string, file: string, required: readonly string[] = []): ImportResult<Record<string, string>> {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const header = (lines[0] ?? '').split('\t').map((h) => h.trim());
	const problems: Problem[] = [];
	const missing = required.filter((c) => !header.includes(c));
	if (missing.length > 0) {
		problems.push({ kind: 'missingColumn', file, line: 1, column: missing[0], value: '', reason: `The required column "${missing[0]}" is missing. Columns found: ${header.join(', ')}. Expected a tab-separated O*NET database file.` });
	}
	const rows: Record<string, string>[] = [];
	let read = 0;
	let rejected = 0;
	for (let i = 1; i < lines.length; i++) {
		if (lines[i] === '') continue;
		read++;
		const cells = lines[i].split('\t');
		if (missing.length > 0) {
			rejected++;
			continue;
		}
		if (cells.length !== header.length) {
			rejected++;
			problems.push({ kind: 'ragged', file, line: i + 1, column: '', value: `${cells.length} cells`, reason: `This row has ${cells.length} cells but the header has ${header.length}. A tab is probably missing or extra.` });
			continue;
		}
		rows.push(Object.fromEntries(header.map((h, c) => [h, cells[c].trim()])));
	}
	return { rows, problems, read, rejected };
}
