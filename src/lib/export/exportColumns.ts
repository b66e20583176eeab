import type { Figure, Source } from '../data/schema';
import { NATIONAL_DEFAULTS, TIDY_WAGE_COLUMNS } from '../data/tidyWages';
import type { TableExport } from './tableCsv';

/**
 * Columns of every chart and table export: the project's long wage format (so a wage export reads back
 * through `importTidyWages`) plus context a spreadsheet reader needs on each row.
 */
export const EXPORT_COLUMNS = [...TIDY_WAGE_COLUMNS, 'source', 'chart', 'note'] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Record<ExportColumn, string>;

/** What an export needs to know about a source: the sidecar lists these for the sources the rows name. */
export type ExportSource = Pick<Source, 'id' | 'title' | 'publisher' | 'release' | 'url'>;

/** Where a chart's figures come from, passed by the page (the chart's own rows may not name it). */
export interface Provenance {
	/** The sources the page loaded; rows are labelled from the one they name. */
	sources: readonly ExportSource[];
	/** The source of rows that do not carry one (e.g. the OEWS release of a pay-range chart). */
	sourceId?: string;
}

/** Everything a chart hands its frame so the download menu can write files on demand. */
export interface ChartDownload {
	/** Builds the long rows from the chart's own input rows; called when a download is asked for. */
	rows: () => ExportRow[];
	/** File name without extension, e.g. "pay-range_29-2072_29-2033_oews-may-2025_annual". */
	fileStem: string;
	/** The chart's title, written on every row (`chart`) and in the sidecar. */
	title: string;
	/** Sources the rows may name. */
	sources: readonly ExportSource[];
	/** The table in its own shape (one row per table row, the shown columns); offered first when given, and the sidecar then describes it. */
	table?: () => TableExport;
	/** Rows the download holds, said before downloading. */
	count?: number;
	/** What each derived statistic the rows name means; the sidecar repeats it. */
	statistics?: Record<string, string>;
}

/** A published number goes to `value`; a missing one leaves `value` empty and says why in `status`. */
export const figureCells = (f: Figure): { value: string; status: string } =>
	typeof f === 'number' ? { value: String(f), status: '' } : { value: '', status: f.missing };

/** U.S., all industries, all ownerships: the area of every national cross-industry OEWS row. */
export const NATIONAL_AREA = NATIONAL_DEFAULTS;

/** Area columns of Employment Projections rows: national, all industries (self-employed included), no OEWS ownership code. */
export const PROJECTIONS_AREA = { area_code: '99', area: 'U.S.', area_type: 'national', naics: '', industry: 'All industries', own_code: '' } as const;

type Area = Record<'area_code' | 'area' | 'area_type' | 'naics' | 'industry' | 'own_code', string>;

/** Builds rows for one chart: fills source, release and chart columns from the source a row names. */
export function rowMaker(sources: readonly ExportSource[], chart: string) {
	const byId = new Map(sources.map((s) => [s.id, s]));
	return (
		sourceId: string,
		area: Area,
		fields: { soc: string; occupation: string; level?: string; statistic: string; unit: string; value: string; status?: string; note?: string; release?: string }
	): ExportRow => {
		const source = byId.get(sourceId);
		return {
			source_id: sourceId,
			release: fields.release ?? source?.release ?? '',
			...area,
			soc: fields.soc,
			occupation: fields.occupation,
			level: fields.level ?? '',
			statistic: fields.statistic,
			unit: fields.unit,
			value: fields.value,
			status: fields.status ?? '',
			source: source ? `${source.publisher}, ${source.title}` : '',
			chart,
			note: fields.note ?? ''
		};
	};
}
