import Papa from 'papaparse';
import { EXPORT_COLUMNS, type ExportRow } from './exportColumns';

export interface ChartCsvOptions {
	/** Start with a UTF-8 byte-order mark so Excel reads the text as UTF-8 (on by default). */
	bom?: boolean;
}

/**
 * Cells a spreadsheet could run as a formula: starting with = + - @ tab or CR. Plain signed numbers
 * ("-5.4", a projected decline) are left alone: they are numbers, not formulas, and a ' would turn them into text.
 */
export const FORMULA_LIKE = /^(?![-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$)[=+\-@\t\r]/;

/**
 * The CSV of an export: the export columns in a fixed order, LF line ends, quoting only where needed,
 * formula-like cells prefixed with ' (papaparse's `escapeFormulae`). Every cell is written as text,
 * so codes such as "000000" and "29-2072" are written exactly as they are.
 */
export function chartCsv(rows: readonly ExportRow[], { bom = true }: ChartCsvOptions = {}): string {
	const text = Papa.unparse(
		{ fields: [...EXPORT_COLUMNS], data: rows.map((r) => EXPORT_COLUMNS.map((c) => r[c])) },
		{ newline: '\n', escapeFormulae: FORMULA_LIKE }
	);
	return `${bom ? '\uFEFF' : ''}${text}\n`;
}
