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

/** One long row, reduced to what folding needs; the descriptive fields are read once per record. */
interface LongWage {
	key: string;
	statistic: string;
	unit: string;
	figure: Figure;
	/** The record's fields, present on the first row of each record only. */
	record: WageRecord | null;
}

const KEY_COLUMNS: TidyWageColumn[] = ['source_id', 'area_code', 'area', 'naics', 'own_code', 'soc', 'level'];

/** A row reader for one import: remembers which records it has started so each is described once, and each source's release. */
function longWageReader(releases: Record<string, string>): RowReader<TidyWageColumn, LongWage> {
	const started = new Set<string>();
	return (get, fail) => {
		const soc = get('soc').trim();
		if (!parseSoc(soc)) return fail('soc', 'Expected a SOC code like 29-2072.', 'badCode');
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
		const key = KEY_COLUMNS.map((c) => get(c).trim()).join('|');
		if (started.has(key)) return { key, statistic, unit, figure, record: null };
		started.add(key);
		const sourceId = get('source_id').trim();
		releases[sourceId] ??= get('release').trim();
		const naics = get('naics').trim();
		return {
			key,
			statistic,
			unit,
			figure,
			record: {
				sourceId,
				areaType: (get('area_type').trim() || NATIONAL_DEFAULTS.area_type) as AreaType,
				areaCode: get('area_code').trim() || NATIONAL_DEFAULTS.area_code,
				area: get('area').trim() || NATIONAL_DEFAULTS.area,
				naics: naics || NATIONAL_DEFAULTS.naics,
				industry: get('industry').trim() || NATIONAL_DEFAULTS.industry,
				ownCode: get('own_code').trim() || (naics ? '' : NATIONAL_DEFAULTS.own_code),
				soc,
				title: get('occupation').trim(),
				level: get('level').trim() as OccupationLevel,
				employment: NOT_IN_FILE,
				employmentRse: NOT_IN_FILE,
				meanRse: NOT_IN_FILE,
				annual: emptySet(),
				hourly: emptySet()
			}
		};
	};
}

/** Folds long rows into one WageRecord per source, area, industry and occupation. */
function foldWageRows(rows: LongWage[]): WageRecord[] {
	const records = new Map<string, WageRecord>();
	for (const { key, statistic, unit, figure, record: first } of rows) {
		if (first) records.set(key, first);
		const record = records.get(key)!;
		if (statistic === 'employment') record.employment = figure;
		else if (statistic === 'employment_rse') record.employmentRse = figure;
		else if (statistic === 'mean_rse') record.meanRse = figure;
		else record[unit === UNITS.annual ? 'annual' : 'hourly'][statistic as WageStat] = figure;
	}
	return [...records.values()];
}

/** Reads a whole long-format wage text. `read`/`rejected` count long rows; `rows` are records; `releases` the release each source id names. */
export function importTidyWages(text: string, file: string): ImportResult<WageRecord> & { releases: Record<string, string> } {
	const releases: Record<string, string> = {};
	const long = importTable(text, file, SPELLINGS, REQUIRED, longWageReader(releases));
	return { ...long, rows: foldWageRows(long.rows), releases };
}
