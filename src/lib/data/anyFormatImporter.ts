import { detectFormat, type ImportFormat } from './detectFormat';
import type { RowImporter } from './importText';
import { oewsImporter } from './oews';
import { projectionsImporter } from './projections';
import type { ImportResult, Problem, ProjectionRecord, WageRecord } from './schema';

/** What an import of any format gives: wage records (OEWS, tidy) or projections, with the usual counts. */
export interface AnyImportResult {
	format: ImportFormat | null;
	wages: WageRecord[];
	projections: ProjectionRecord[];
	problems: Problem[];
	/** Data rows read = accepted + rejected. */
	read: number;
	rejected: number;
	/** For the dashboard's own long format: the release each source id's rows name (its `release` column). */
	releases?: Record<string, string>;
}

export interface AnyFormatImporter {
	row(cells: string[], line: number): void;
	/** The format, once the header has been seen. */
	readonly format: ImportFormat | null;
	/** Data rows seen so far (for progress). */
	readonly rows: number;
	finish(): AnyImportResult;
}

/** Title lines above a header (Table 1.2 has them) have at most one filled cell; this many are looked past. */
const MAX_TITLE_ROWS = 10;
const filled = (cells: string[]) => cells.filter((c) => c.trim() !== '').length;

export const resultOf = (format: ImportFormat | null, r: ImportResult<WageRecord | ProjectionRecord>): AnyImportResult => ({
	format,
	wages: format === 'projections' ? [] : (r.rows as WageRecord[]),
	projections: format === 'projections' ? (r.rows as ProjectionRecord[]) : [],
	problems: r.problems,
	read: r.read,
	rejected: r.rejected
});

/**
 * Recognises the format from the header row, then hands every row to that format's importer.
 * The tidy long format is read from the whole text by its own importer (see streamImport), so its
 * rows are only counted here. An unknown header makes one problem and every data row is rejected.
 */
export function anyFormatImporter(file: string, sourceId: string): AnyFormatImporter {
	let format: ImportFormat | null = null;
	let inner: RowImporter<WageRecord | ProjectionRecord> | null = null;
	let unknown: Problem | null = null;
	const waiting: [string[], number][] = [];
	let rows = 0;
	let unknownRows = 0;

	function decide(cells: string[], line: number) {
		const guess = detectFormat(cells, file, line);
		if (guess.format === null) return void (unknown = guess.problem);
		format = guess.format;
		if (format === 'oews') inner = oewsImporter(file, { sourceId });
		else if (format === 'projections') inner = projectionsImporter(file, { sourceId });
	}

	function row(cells: string[], line: number) {
		rows++;
		if (format === null && unknown === null) {
			waiting.push([cells, line]);
			if (filled(cells) <= 1 && waiting.length <= MAX_TITLE_ROWS) return;
			const [header, at] = waiting.find(([c]) => filled(c) > 1) ?? waiting[0];
			decide(header, at);
			replayFrom(at);
			return;
		}
		feed(cells, line, true);
	}

	/** Hands the waiting rows on: title rows only to projections (whose importer skips them itself). */
	function replayFrom(header: number) {
		for (const [c, l] of waiting.splice(0)) if (l >= header || format === 'projections') feed(c, l, l > header);
	}

	function feed(cells: string[], line: number, data: boolean) {
		if (inner) inner.row(cells, line);
		else if (unknown && data) unknownRows++;
	}

	function finish(): AnyImportResult {
		if (format === null && unknown === null && waiting.length > 0) {
			const [header, at] = waiting[0];
			decide(header, at);
			replayFrom(at);
		}
		if (inner) return resultOf(format, inner.finish());
		if (unknown) return { format: null, wages: [], projections: [], problems: [unknown], read: unknownRows, rejected: unknownRows };
		return { format, wages: [], projections: [], problems: [], read: 0, rejected: 0 };
	}

	return {
		row,
		finish,
		get format() {
			return format;
		},
		get rows() {
			return rows;
		}
	};
}
