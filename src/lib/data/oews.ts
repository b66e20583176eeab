import { headerOnlyProblem, importText, raggedProblem, singleColumnHint, type RowImporter } from './importText';
import { indexColumns } from './indexColumns';
import { parseFigure, parseSoc } from './parseCell';
import {
	WAGE_STATS,
	isNumber,
	type AreaType,
	type Figure,
	type ImportResult,
	type OccupationLevel,
	type Problem,
	type WageRecord,
	type WageSet
} from './schema';
import { stateByName } from './states';

/** BLS OEWS column names (upper case; older releases spell some differently). */
const COLUMNS = {
	area: ['AREA'],
	areaTitle: ['AREA_TITLE', 'AREA_NAME'],
	areaType: ['AREA_TYPE'],
	naics: ['NAICS'],
	naicsTitle: ['NAICS_TITLE'],
	ownCode: ['OWN_CODE'],
	soc: ['OCC_CODE'],
	title: ['OCC_TITLE'],
	level: ['O_GROUP', 'OCC_GROUP'],
	employment: ['TOT_EMP'],
	employmentRse: ['EMP_PRSE'],
	meanRse: ['MEAN_PRSE'],
	annualOnly: ['ANNUAL'],
	hourlyOnly: ['HOURLY'],
	h_mean: ['H_MEAN'],
	h_p10: ['H_PCT10'],
	h_p25: ['H_PCT25'],
	h_median: ['H_MEDIAN'],
	h_p75: ['H_PCT75'],
	h_p90: ['H_PCT90'],
	a_mean: ['A_MEAN'],
	a_p10: ['A_PCT10'],
	a_p25: ['A_PCT25'],
	a_median: ['A_MEDIAN'],
	a_p75: ['A_PCT75'],
	a_p90: ['A_PCT90']
} as const;
type Column = keyof typeof COLUMNS;

const FIGURE_COLUMNS: Column[] = ['employment', 'employmentRse', 'meanRse'];
for (const s of WAGE_STATS) FIGURE_COLUMNS.push(`h_${s}`, `a_${s}`);

export const OEWS_COLUMN_NAMES = Object.values(COLUMNS).map((names) => names[0]);

const AREA_TYPES: Record<string, AreaType> = { '1': 'national', '2': 'state', '3': 'territory', '4': 'metro', '6': 'nonmetro' };
const LEVELS = new Set<OccupationLevel>(['total', 'major', 'minor', 'broad', 'detailed']);
const NOT_IN_FILE: Figure = { missing: 'notInRelease' };
const NOT_RELEASED: Figure = { missing: 'notReleased' };

export interface OewsOptions {
	/** Id of the source the rows belong to, e.g. "oews-national-2024". */
	sourceId: string;
}

function areaOf(code: string | undefined, title: string | undefined, type: string | undefined) {
	const state = title === undefined ? undefined : stateByName(title);
	const areaTitle = title?.trim() || (code === undefined || code === '99' ? 'U.S.' : '');
	const areaCode = code?.trim() || (state ? state.fips : areaTitle === 'U.S.' ? '99' : '');
	const areaType: AreaType =
		(type && AREA_TYPES[type.trim()]) ||
		(areaCode === '99' ? 'national' : state ? (state.territory ? 'territory' : 'state') : 'other');
	return { areaCode, area: areaTitle, areaType };
}

/** Says what is wrong with the percentiles of one pay basis: out of order, negative or zero. */
function absurdity(set: WageSet): string {
	const values = WAGE_STATS.map((s) => set[s]);
	if (values.some((v) => isNumber(v) && v <= 0)) return 'a wage is zero or negative';
	const ordered = (['p10', 'p25', 'median', 'p75', 'p90'] as const).map((s) => set[s]).filter(isNumber);
	for (let i = 1; i < ordered.length; i++)
		if (ordered[i] < ordered[i - 1]) return 'the percentiles are out of order (e.g. the median is above the 90th percentile)';
	return '';
}

/** The OEWS importer: national, state, metro and industry files of any release, full or reduced. */
export function oewsImporter(file: string, { sourceId }: OewsOptions): RowImporter<WageRecord> {
	let header: string[] | null = null;
	let at: Partial<Record<Column, number>> = {};
	const rows: (WageRecord | null)[] = [];
	const problems: Problem[] = [];
	const seen = new Map<string, { line: number; signature: string; index: number; conflict: boolean }>();
	let read = 0;
	let rejected = 0;
	let fatal = false;

	const reject = (p: Problem[]) => {
		problems.push(...p);
		rejected++;
	};

	function start(cells: string[], line: number) {
		header = cells;
		const index = indexColumns(cells, COLUMNS, ['soc'], file, line);
		at = index.at;
		if (index.problems.some((p) => p.kind === 'missingColumn')) {
			const hint = singleColumnHint(cells);
			problems.push(
				...index.problems.map((p) =>
					p.kind === 'missingColumn'
						? { ...p, kind: hint ? ('delimiter' as const) : p.kind, reason: `${p.reason} An OEWS file needs OCC_CODE and at least one of TOT_EMP, A_MEAN, A_MEDIAN, H_MEAN, H_MEDIAN.${hint || ' Check that the file is a BLS OEWS table with its header row first.'}` }
						: p
				)
			);
			fatal = true;
			return;
		}
		problems.push(...index.problems);
		if (!FIGURE_COLUMNS.some((c) => at[c] !== undefined)) {
			problems.push({
				kind: 'missingColumn',
				file,
				line,
				column: 'TOT_EMP',
				value: '',
				reason: `No employment or wage column was found. Expected some of: ${OEWS_COLUMN_NAMES.join(', ')}. Check that the file is a BLS OEWS table with its header row first.`
			});
			fatal = true;
		}
		if (index.problems.length > 0) fatal = true;
	}

	function row(cells: string[], line: number) {
		if (!header) return start(cells, line);
		read++;
		// Without the columns it needs, every data row is counted as rejected; the header problem says why.
		if (fatal) return void rejected++;
		if (cells.length !== header.length) return reject([raggedProblem(file, line, cells.length, header.length)]);
		const cell = (c: Column) => (at[c] === undefined ? undefined : cells[at[c]!]);
		const rowProblems: Problem[] = [];
		const soc = parseSoc(cell('soc') ?? '');
		if (!soc)
			rowProblems.push({
				kind: 'badCode',
				file,
				line,
				column: header[at.soc!].trim(),
				value: cell('soc') ?? '',
				reason: 'OCC_CODE must be a SOC code like 29-2072. Correct the code; keep the column as text so a spreadsheet does not turn it into a number.'
			});
		const figures = {} as Record<Column, Figure>;
		for (const c of FIGURE_COLUMNS) {
			const raw = cell(c);
			if (raw === undefined) {
				figures[c] = NOT_IN_FILE;
				continue;
			}
			const f = parseFigure(raw);
			if (f === null)
				rowProblems.push({
					kind: 'notNumber',
					file,
					line,
					column: header[at[c]!].trim(),
					value: raw.length > 60 ? `${raw.slice(0, 60)}…` : raw,
					reason: 'Expected a number (thousands separators allowed) or a BLS marker (*, **, #, ~). Correct this cell and import the file again.'
				});
			else figures[c] = f;
		}
		if (rowProblems.length > 0) return reject(rowProblems);
		const annualOnly = cell('annualOnly')?.trim().toUpperCase() === 'TRUE';
		const hourlyOnly = cell('hourlyOnly')?.trim().toUpperCase() === 'TRUE';
		const set = (prefix: 'h' | 'a', withheld: boolean) =>
			Object.fromEntries(WAGE_STATS.map((s) => [s, withheld ? NOT_RELEASED : figures[`${prefix}_${s}`]])) as WageSet;
		const annual = set('a', hourlyOnly);
		const hourly = set('h', annualOnly);
		const absurd = absurdity(annual) || absurdity(hourly);
		if (absurd)
			return reject([{ kind: 'absurd', file, line, column: '', value: soc!, reason: `Implausible wages: ${absurd}. Check this row against the published BLS table.` }]);
		const levelRaw = (cell('level') ?? '').trim().toLowerCase() as OccupationLevel;
		const record: WageRecord = {
			sourceId,
			...areaOf(cell('area'), cell('areaTitle'), cell('areaType')),
			naics: cell('naics')?.trim() || '000000',
			industry: cell('naicsTitle')?.trim() || (cell('naics') ? '' : 'Cross-industry'),
			ownCode: cell('ownCode')?.trim() ?? '',
			soc: soc!,
			title: cell('title')?.trim() ?? '',
			level: LEVELS.has(levelRaw) ? levelRaw : '',
			employment: figures.employment,
			employmentRse: figures.employmentRse,
			meanRse: figures.meanRse,
			annual,
			hourly
		};
		const key = [record.areaCode, record.area, record.naics, record.ownCode, record.soc, record.level].join('|');
		const signature = cells.join('\u0001');
		const before = seen.get(key);
		if (before) {
			const same = before.signature === signature;
			if (!same && !before.conflict) {
				before.conflict = true;
				rows[before.index] = null;
				rejected++;
				problems.push({
					kind: 'duplicateRow',
					file,
					line: before.line,
					column: 'OCC_CODE',
					value: soc!,
					reason: `This occupation appears again on line ${line} with different figures; neither row is used. Keep the row that matches the published table and delete the other.`
				});
			}
			return reject([
				{
					kind: 'duplicateRow',
					file,
					line,
					column: 'OCC_CODE',
					value: soc!,
					reason: same
						? `This row repeats line ${before.line} exactly; it is counted once. Remove the repeat to clear this notice.`
						: `This occupation already appears on line ${before.line} with different figures; neither row is used. Keep the row that matches the published table and delete the other.`
				}
			]);
		}
		seen.set(key, { line, signature, index: rows.length, conflict: false });
		rows.push(record);
	}

	function finish(): ImportResult<WageRecord> {
		if (header && !fatal && read === 0) problems.push(headerOnlyProblem(file));
		const accepted = rows.filter((r): r is WageRecord => r !== null);
		return { rows: accepted, problems, read, rejected };
	}

	return { row, finish };
}

/** Imports a whole OEWS text. */
export const importOews = (text: string, file: string, options: OewsOptions) =>
	importText(text, file, oewsImporter(file, options));
