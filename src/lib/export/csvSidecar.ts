import { EXPORT_COLUMNS, type ExportColumn, type ExportRow, type ExportSource } from './exportColumns';

/** What each export column holds; the sidecar repeats it so a file explains itself away from the site. */
export const COLUMN_DOCS: Record<ExportColumn, string> = {
	source_id: 'Source of the figure (a row of the dashboard’s sources.csv; listed under "sources" here).',
	release: 'Release label of the source, e.g. "May 2025" or "2024–34".',
	area_code: 'Area code as text: 99 = U.S.; states by 2-digit FIPS.',
	area: 'Area name.',
	area_type: 'national, state, …',
	naics: 'NAICS industry code as text (000000 = cross-industry); empty for projections.',
	industry: 'Industry name.',
	own_code: 'OEWS ownership code as text (1235 = all); empty for projections.',
	soc: 'SOC occupation code as text, e.g. 29-2072.',
	occupation: 'Occupation title as the chart labels it.',
	level: 'OEWS occupation level when known; for survey figures, the breakdown (e.g. "credential: CPC").',
	statistic: 'What the value is: median, p10 … p90, employment, percent_change, openings_per_year, …',
	unit: 'Unit of the value: usd_per_year, usd_per_hour, people, thousands, percent, ratio, years, index_us_100 (a price parity, U.S. = 100), text.',
	value: 'The figure as published (no thousands separators); empty when status is set.',
	status: 'Why there is no value: topCoded, notAvailable, fewEstablishments, notReleased, notInRelease.',
	source: 'Publisher and title of the source.',
	chart: 'The chart or table the row was drawn in.',
	note: 'Caveat for this row (a gap in a series, an approximation, the reference career).'
};

export interface SidecarInput {
	/** The chart or table title. */
	title: string;
	/** Name of the CSV file the sidecar describes. */
	file: string;
	/** The page's address when the file was made: it reopens the same view. */
	view: string;
	rows: readonly ExportRow[];
	sources: readonly ExportSource[];
	bom: boolean;
	/** When the file was made. */
	generated: Date;
	/** What each derived statistic in the rows means (name → definition). */
	statistics?: Record<string, string>;
}

/** The metadata sidecar (JSON) of a CSV export: view link, sources with URLs, date, row count and columns. */
export function csvSidecar({ title, file, view, rows, sources, bom, generated, statistics }: SidecarInput) {
	const named = new Set(rows.map((r) => r.source_id));
	return {
		title,
		file,
		view,
		generated: generated.toISOString(),
		rows: rows.length,
		encoding: bom ? 'UTF-8 with byte-order mark' : 'UTF-8',
		formulaEscaping: "Cells starting with =, +, -, @, tab or CR (other than plain numbers) are prefixed with '",
		columns: EXPORT_COLUMNS.map((name) => ({ name, type: name === 'value' ? 'number or text (see unit)' : 'text', description: COLUMN_DOCS[name] })),
		sources: sources.filter((s) => named.has(s.id)).map((s) => ({ id: s.id, publisher: s.publisher, title: s.title, release: s.release, url: s.url })),
		...(statistics ? { statistics: Object.entries(statistics).map(([name, definition]) => ({ name, definition })) } : {})
	};
}
