import { headerOnlyProblem, importText, raggedProblem, singleColumnHint, type RowImporter } from './importText';
import { indexColumns } from './indexColumns';
import type { ImportResult, Problem } from './schema';

/** Turns one row's cells (by column name) into a typed row, or says which cell is wrong and why. */
export type RowReader<C extends string, T> = (
	get: (column: C) => string,
	fail: (column: C, reason: string, kind?: Problem['kind']) => null
) => T | null;

export interface TableOptions {
	/** Reject a row that repeats an earlier one cell for cell (counted once, with a problem). */
	rejectExactRepeats?: boolean;
}

/**
 * An importer for a CSV with a plain header: finds the columns (each with accepted spellings),
 * then reads every data row with `read`. Rows read = accepted + rejected.
 */
export function tableImporter<C extends string, T>(
	file: string,
	columns: Record<C, readonly string[]>,
	required: readonly C[],
	read: RowReader<C, T>,
	{ rejectExactRepeats = false }: TableOptions = {}
): RowImporter<T> {
	let header: string[] | null = null;
	let at: Partial<Record<C, number>> = {};
	const rows: T[] = [];
	const problems: Problem[] = [];
	let count = 0;
	let rejected = 0;
	let fatal = false;
	const seen = new Map<string, number>();
	return {
		row(cells, line) {
			if (!header) {
				header = cells;
				const index = indexColumns(cells, columns, required, file, line);
				at = index.at;
				const hint = singleColumnHint(cells);
				problems.push(
					...index.problems.map((p) => (p.kind === 'missingColumn' && hint ? { ...p, kind: 'delimiter' as const, reason: p.reason + hint } : p))
				);
				fatal = index.problems.length > 0;
				return;
			}
			count++;
			if (fatal) return void rejected++;
			if (cells.length !== header.length) {
				problems.push(raggedProblem(file, line, cells.length, header.length));
				return void rejected++;
			}
			const get = (c: C) => (at[c] === undefined ? '' : cells[at[c]!]);
			let failed = false;
			const fail = (column: C, reason: string, kind: Problem['kind'] = 'format') => {
				failed = true;
				const value = get(column);
				problems.push({ kind, file, line, column: columns[column][0], value: value.length > 60 ? `${value.slice(0, 60)}…` : value, reason });
				return null;
			};
			const row = read(get, fail);
			if (row === null || failed) return void rejected++;
			if (rejectExactRepeats) {
				const signature = cells.map((c) => c.trim()).join('\u0001');
				const before = seen.get(signature);
				if (before !== undefined) {
					problems.push({ kind: 'duplicateRow', file, line, column: '', value: cells.join(', ').slice(0, 60), reason: `This row repeats line ${before} exactly; it is counted once. Remove the repeat to clear this notice.` });
					return void rejected++;
				}
				seen.set(signature, line);
			}
			rows.push(row);
		},
		finish(): ImportResult<T> {
			if (header && !fatal && count === 0) problems.push(headerOnlyProblem(file));
			return { rows, problems, read: count, rejected };
		}
	};
}

/** Imports a whole text with a table importer. */
export const importTable = <C extends string, T>(
	text: string,
	file: string,
	columns: Record<C, readonly string[]>,
	required: readonly C[],
	read: RowReader<C, T>,
	options?: TableOptions
) => importText(text, file, tableImporter(file, columns, required, read, options));
