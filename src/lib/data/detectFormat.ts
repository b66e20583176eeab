import { singleColumnHint } from './importText';
import { OEWS_COLUMN_NAMES } from './oews';
import { PROJECTION_COLUMN_HELP } from './projections';
import { readRows } from './readRows';
import type { Problem } from './schema';
import { TIDY_WAGE_COLUMNS } from './tidyWages';

/** The file formats the import recognises. */
export type ImportFormat = 'oews' | 'projections' | 'tidyWages';

export const FORMAT_LABELS: Record<ImportFormat, string> = {
	oews: 'BLS OEWS wage estimates',
	projections: 'BLS Employment Projections',
	tidyWages: "this dashboard's wage file or export"
};

export type FormatGuess = { format: ImportFormat; problem: null } | { format: null; problem: Problem };

const normalise = (name: string) => name.replace(/^\uFEFF/, '').trim().toUpperCase().replace(/\s+/g, ' ');
// Projections headers lose footnote marks ("…2024[1]") and en dashes, as projections.ts reads them.
const cleanProjection = (name: string) => normalise(name).replace(/\[\d+\]$/, '').replaceAll('–', '-');

const OEWS_FIGURES = ['TOT_EMP', 'A_MEAN', 'A_MEDIAN', 'H_MEAN', 'H_MEDIAN'];
const OEWS_KNOWN = new Set([...OEWS_COLUMN_NAMES, 'AREA_NAME', 'OCC_GROUP', 'PRIM_STATE', 'I_GROUP', 'JOBS_1000', 'LOC_QUOTIENT', 'PCT_TOTAL', 'PCT_RPT']);
const TIDY_REQUIRED = ['source_id', 'soc', 'statistic', 'unit', 'value', 'status'].map((c) => c.toUpperCase());

/** What each format's header must hold, for the message about an unknown file. */
export const EXPECTED_COLUMNS =
	`OEWS: OCC_CODE and at least one of ${OEWS_FIGURES.join(', ')} (usually also AREA, AREA_TITLE, NAICS, OCC_TITLE, O_GROUP, A_PCT10 … A_PCT90); ` +
	`Employment Projections: ${PROJECTION_COLUMN_HELP}; ` +
	`this dashboard's wage file or export: ${TIDY_WAGE_COLUMNS.join(', ')}`;

function classify(names: string[]): ImportFormat | null {
	const upper = new Set(names.map(normalise));
	if (TIDY_REQUIRED.every((c) => upper.has(c))) return 'tidyWages';
	// A header with several OEWS names is OEWS even without OCC_CODE: its importer then says which column is missing.
	if ((upper.has('OCC_CODE') && OEWS_FIGURES.some((c) => upper.has(c))) || [...upper].filter((c) => OEWS_KNOWN.has(c)).length >= 3) return 'oews';
	const cleaned = names.map(cleanProjection);
	const years = cleaned.filter((h) => /^EMPLOYMENT,? (19|20)\d{2}$/.test(h)).length;
	const code = cleaned.some((h) => /^(OCCUPATION CODE|(19|20)\d{2} NATIONAL EMPLOYMENT MATRIX CODE)$/.test(h));
	return years >= 2 && code ? 'projections' : null;
}

/** The cells of a header line (BOM, comma, semicolon or tab, quotes), read the way the importers read it. */
function cellsOf(line: string): string[] {
	let cells: string[] = [];
	readRows(line, '', (row) => {
		if (cells.length === 0) cells = row;
	});
	return cells;
}

/**
 * Recognises a file's format from its header row (a line of text, or its cells): OEWS of any release
 * and area (upper or lower case names), Employment Projections (Table 1.2 or the data.bls.gov export,
 * any years), or this dashboard's long wage format (extra columns allowed). Unknown → a problem listing
 * the columns each format needs.
 */
export function detectFormat(header: string | readonly string[], file = '', line = 1): FormatGuess {
	const cells = typeof header === 'string' ? cellsOf(header) : [...header];
	const format = classify(cells);
	if (format) return { format, problem: null };
	const hint = singleColumnHint(cells);
	const found = cells.map((c) => c.trim()).join(', ');
	return {
		format: null,
		problem: {
			kind: hint ? 'delimiter' : 'format',
			file,
			line,
			column: '',
			value: found.length > 120 ? `${found.slice(0, 120)}…` : found,
			reason: `This file's header does not match a format this dashboard reads.${hint} Expected one of — ${EXPECTED_COLUMNS}. Check that the first row of the file is the header, or export the data again as CSV.`
		}
	};
}
