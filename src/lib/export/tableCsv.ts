import Papa from 'papaparse';
import { FORMULA_LIKE } from './chartCsv';
import type { ExportSource } from './exportColumns';

/** A table as it is shown: its columns (name and meaning) and one row of text cells per table row. */
export interface TableExport {
	columns: { name: string; description: string }[];
	rows: string[][];
	/** Source ids the rows name, for the sidecar. */
	sourceIds: string[];
}

/**
 * The CSV of a table in its own shape: the header, then one line per row, every cell written as text (codes
 * such as "29-2072" stay as they are), formula-like cells prefixed with ' as in every export, LF line ends.
 */
export function tableCsv(table: TableExport, { bom = true }: { bom?: boolean } = {}): string {
	const text = Papa.unparse({ fields: table.columns.map((c) => c.name), data: table.rows }, { newline: '\n', escapeFormulae: FORMULA_LIKE });
	return `${bom ? '\uFEFF' : ''}${text}\n`;
}

/** The metadata sidecar of a table-shaped CSV: the same fields as the long format's sidecar, with the table's own columns. */
export function tableSidecar(table: TableExport, info: { title: string; file: string; view: string; bom: boolean; generated: Date; sources: readonly ExportSource[] }) {
	const named = new Set(table.sourceIds);
	return {
		title: info.title,
		file: info.file,
		view: info.view,
		generated: info.generated.toISOString(),
		rows: table.rows.length,
		encoding: info.bom ? 'UTF-8 with byte-order mark' : 'UTF-8',
		formulaEscaping: "Cells starting with =, +, -, @, tab or CR (other than plain numbers) are prefixed with '",
		columns: table.columns.map((c) => ({ name: c.name, type: 'text', description: c.description })),
		sources: info.sources.filter((s) => named.has(s.id)).map((s) => ({ id: s.id, publisher: s.publisher, title: s.title, release: s.release, url: s.url }))
	};
}
