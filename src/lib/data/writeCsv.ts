import Papa from 'papaparse';

export interface WriteCsvOptions {
	/** Start with a UTF-8 byte-order mark so Excel reads the text as UTF-8. */
	bom?: boolean;
	/** Prefix cells that start with = + - @ (or tab/CR) with ' so spreadsheets do not run them. */
	escapeFormulae?: boolean;
}

/** Writes rows as CSV with a fixed column order, LF line ends, quoting only where needed. */
export function writeCsv<C extends string>(
	columns: readonly C[],
	rows: readonly Record<C, string>[],
	{ bom = false, escapeFormulae = false }: WriteCsvOptions = {}
): string {
	const text = Papa.unparse(
		{ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c])) },
		{ newline: '\n', escapeFormulae }
	);
	return `${bom ? '\uFEFF' : ''}${text}\n`;
}
