import { parseFigure, parseSoc } from './parseCell';
import {
	WAGE_STATS,
	type AreaType,
	type Figure,
	type ImportResult,
	type MissingReason,
	type OccupationLevel,
	type WageRecord,
	type WageSet,
	type WageStat
} from './schema';
import { importTable, type RowReader } from './tableImporter';

/**
 * The project's long OEWS format (data/oews-*.csv and the dashboard's wage exports): one row per
 * estimate, with its source, release, area, industry, occupation, statistic and unit.
 */
export const TIDY_WAGE_COLUMNS = [
	'source_id',
	'release',
	'area_code',
	'area',
	'area_type',
	'naics',
	'industry',
	'own_code',
	'soc',
	'occupation',
	'level',
	'statistic',
	'unit',
	'value',
	'status'
] as const;
export type TidyWageColumn = (typeof TIDY_WAGE_COLUMNS)[number];

/** Columns a national cross-industry file may leave out: a reader fills in U.S., all industries, all owners. */
export const NATIONAL_DEFAULTS = {
	area_code: '99',
	area: 'U.S.',
	area_type: 'national',
	naics: '000000',
	industry: 'Cross-industry',
	own_code: '1235'
} as const;

/** The columns of a national cross-industry file: the long format without its constant area and industry. */
export const NATIONAL_WAGE_COLUMNS = TIDY_WAGE_COLUMNS.filter((c) => !(c in NATIONAL_DEFAULTS));
export type TidyWageRow = Record<TidyWageColumn, string>;

export type WageStatistic = 'employment' | 'employment_rse' | 'mean_rse' | (typeof WAGE_STATS)[number];
export const UNITS = { people: 'people', percent: 'percent', annual: 'usd_per_year', hourly: 'usd_per_hour' } as const;

const STATUSES = new Set<MissingReason>(['topCoded', 'notAvailable', 'fewEstablishments', 'notReleased', 'notInRelease']);

/** Flattens wage records into long rows; figures absent from the source file are left out. */
export function toTidyWageRows(records: WageRecord[], releaseOf: (sourceId: string) => string): TidyWageRow[] {
	const rows: TidyWageRow[] = [];
	for (const r of records) {
		const base = {
			source_id: r.sourceId,
			release: releaseOf(r.sourceId),
			area_code: r.areaCode,
			area: r.area,
			area_type: r.areaType,
			naics: r.naics,
			industry: r.industry,
			own_code: r.ownCode,
			soc: r.soc,
			occupation: r.title,
			level: r.level
		};
		const push = (statistic: WageStatistic, unit: string, f: Figure) => {
			if (typeof f !== 'number' && f.missing === 'notInRelease') return;
			rows.push({ ...base, statistic, unit, value: typeof f === 'number' ? String(f) : '', status: typeof f === 'number' ? '' : f.missing });
		};
		push('employment', UNITS.people, r.employment);
		push('employment_rse', UNITS.percent, r.employmentRse);
		push('mean_rse', UNITS.percent, r.meanRse);
		for (const s of WAGE_STATS) push(s, UNITS.annual, r.annual[s]);
		for (const s of WAGE_STATS) push(s, UNITS.hourly, r.hourly[s]);
	}
	return rows;
}

const NOT_IN_FILE: Figure = { missing: 'notInRelease' };
const emptySet = () => Object.fromEntries(WAGE_STATS.map((s) => [s, NOT_IN_FILE])) as WageSet;
const SPELLINGS = Object.fromEntries(TIDY_WAGE_COLUMNS.map((c) => [c, [c]])) as Record<TidyWageColumn, string[]>;
const REQUIRED: TidyWageColumn[] = ['source_id', 'soc', 'statistic', 'unit', 'value', 'status'];
const STATS = new Set<string>(WAGE_STATS);

interface LongWage {
	row: TidyWageRow;
	figure: Figure;
}

const readLong: RowReader<TidyWageColumn, LongWage> = (get, fail) => {
	if (!parseSoc(get('soc'))) return fail('soc', 'Expected a SOC code like 29-2072.', 'badCode');
	const status = get('status').trim();
	let figure: Figure | null;
	if (status === '') {
		figure = parseFigure(get('value'));
		if (typeof figure !== 'number') return fail('value', 'Expected a number when status is empty.', 'notNumber');
	} else if (STATUSES.has(status as MissingReason)) figure = { missing: status as MissingReason };
	else return fail('status', `Expected an empty status or one of: ${[...STATUSES].join(', ')}.`);
	const statistic = get('statistic').trim();
	const unit = get('unit').trim();
	const known =
		(statistic === 'employment' && unit === UNITS.people) ||
		((statistic === 'employment_rse' || statistic === 'mean_rse') && unit === UNITS.percent) ||
		(STATS.has(statistic) && (unit === UNITS.annual || unit === UNITS.hourly));
	if (!known) return fail('statistic', `Unknown statistic "${statistic}" with unit "${unit}".`);
	const row = Object.fromEntries(TIDY_WAGE_COLUMNS.map((c) => [c, get(c).trim()])) as TidyWageRow;
	return { row, figure };
};

/** Folds long rows into one WageRecord per source, area, industry and occupation. */
export function foldWageRows(rows: LongWage[]): WageRecord[] {
	const records = new Map<string, WageRecord>();
	for (const { row: r, figure } of rows) {
		const key = [r.source_id, r.area_code, r.area, r.naics, r.own_code, r.soc, r.level].join('|');
		let record = records.get(key);
		if (!record) {
			record = {
				sourceId: r.source_id,
				areaType: (r.area_type || NATIONAL_DEFAULTS.area_type) as AreaType,
				areaCode: r.area_code || NATIONAL_DEFAULTS.area_code,
				area: r.area || NATIONAL_DEFAULTS.area,
				naics: r.naics || NATIONAL_DEFAULTS.naics,
				industry: r.industry || NATIONAL_DEFAULTS.industry,
				ownCode: r.own_code || (r.naics ? '' : NATIONAL_DEFAULTS.own_code),
				soc: r.soc,
				title: r.occupation,
				level: r.level as OccupationLevel,
				employment: NOT_IN_FILE,
				employmentRse: NOT_IN_FILE,
				meanRse: NOT_IN_FILE,
				annual: emptySet(),
				hourly: emptySet()
			};
			records.set(key, record);
		}
		if (r.statistic === 'employment') record.employment = figure;
		else if (r.statistic === 'employment_rse') record.employmentRse = figure;
		else if (r.statistic === 'mean_rse') record.meanRse = figure;
		else record[r.unit === UNITS.annual ? 'annual' : 'hourly'][r.statistic as WageStat] = figure;
	}
	return [...records.values()];
}

/** Reads a whole long-format wage text. `read`/`rejected` count long rows; `rows` are records. */
export function importTidyWages(text: string, file: string): ImportResult<WageRecord> {
	const long = importTable(text, file, SPELLINGS, REQUIRED, readLong);
	return { ...long, rows: foldWageRows(long.rows) };
}
