import type { PayBasis } from '../data/schema';
import { DEFAULT_COLUMNS, EXPLORER_COLUMNS, isNumeric } from '../model/explorerColumns';
import type { ExplorerQuery, GroupFilter } from '../model/filterExplorer';
import { SORT_KEYS, type SortDirection } from '../model/sortExplorer';
import { unknownParams } from './unknownParams';
import { flag, joinSearch, listOf, oneOf, optionalNumber, parseParams, paramsToSearch, text, type Param, type ParamValues } from './paramTable';

/** Everything /explore can be set to; all of it lives in the URL. */
export interface ExploreState {
	release: string;
	basis: PayBasis;
	/** Column ids shown, in order. */
	columns: string[];
	query: ExplorerQuery;
	sort: string;
	dir: SortDirection;
	/** The chart beside the table: ranked pay ranges, or growth 2024–34 against median pay. */
	chart: ExploreChart;
}

export type ExploreChart = 'pay' | 'growth';

/** What the URL may name. */
export interface ExploreContext {
	/** Release keys (years, or ids of imported releases); the default is the latest published. */
	releases: readonly string[];
	defaultRelease: string;
	/** SOC major groups in the data ("11", "29", …). */
	majors: readonly string[];
	/** Typical entry education values in the data. */
	educations: readonly string[];
}

const GROUPS: readonly GroupFilter[] = ['health', 'coding', 'healthcare', 'other', 'all'];
const NUMERIC = EXPLORER_COLUMNS.filter(isNumeric).map((c) => c.id);

/** The explorer's parameter table: one row per search parameter. */
export function exploreParams(ctx: ExploreContext) {
	return {
		release: oneOf('release', ctx.releases, ctx.defaultRelease, 'Release'),
		basis: oneOf<PayBasis>('pay', ['annual', 'hourly'], 'annual', 'Pay'),
		columns: listOf('cols', EXPLORER_COLUMNS.map((c) => c.id), DEFAULT_COLUMNS, 'column'),
		text: text('q'),
		major: oneOf('major', ['', ...ctx.majors], '', 'SOC major group'),
		group: oneOf('group', GROUPS, 'health', 'Group'),
		codingOnly: flag('coding', '"Coding roles only"'),
		education: oneOf('edu', ['', ...ctx.educations], '', 'Typical education'),
		noWage: oneOf('nowage', ['show', 'hide'], 'show', 'Occupations with no published wage'),
		sort: oneOf('sort', [...SORT_KEYS, ...EXPLORER_COLUMNS.map((c) => c.id)], 'soc', 'Sort'),
		dir: oneOf<SortDirection>('dir', ['asc', 'desc'], 'asc', 'Sort direction'),
		chart: oneOf<ExploreChart>('chart', ['pay', 'growth'], 'pay', 'Chart')
	};
}

/** The min_/max_ rows, one pair per numeric column ("min_median=80000"). */
const BOUNDS: Record<string, Param<number | null>> = Object.fromEntries(
	NUMERIC.flatMap((id) => [
		[`min_${id}`, optionalNumber(`min_${id}`, `Minimum ${id}`)],
		[`max_${id}`, optionalNumber(`max_${id}`, `Maximum ${id}`)]
	])
);

type Values = ParamValues<ReturnType<typeof exploreParams>>;

/**
 * Reads the explorer's state; invalid values give the default and a notice, and so does a parameter the explorer has no
 * setting for. A range on a column not shown is dropped, said so.
 */
export function parseExplore(params: URLSearchParams, ctx: ExploreContext): { state: ExploreState; invalid: string[] } {
	const table = exploreParams(ctx);
	const { values, invalid } = parseParams(params, table);
	const bounds = parseParams(params, BOUNDS);
	invalid.push(...bounds.invalid, ...unknownParams(params, [...Object.values(table), ...Object.values(BOUNDS)].map((p) => p.key)));
	const ranges: ExplorerQuery['ranges'] = {};
	for (const id of NUMERIC) {
		const min = bounds.values[`min_${id}`];
		const max = bounds.values[`max_${id}`];
		if (min === null && max === null) continue;
		if (!values.columns.includes(id)) invalid.push(`A range on "${id}" applies only while that column is shown; it was ignored`);
		else ranges[id] = { min, max };
	}
	return {
		state: {
			release: values.release,
			basis: values.basis,
			columns: values.columns,
			query: { text: values.text, major: values.major, group: values.group, codingOnly: values.codingOnly, education: values.education, showNoWage: values.noWage === 'show', ranges },
			sort: values.sort,
			dir: values.dir,
			chart: values.chart
		},
		invalid
	};
}

/** Writes the state as a search string, leaving out defaults (and ranges on columns not shown). */
export function exploreToSearch(state: ExploreState, ctx: ExploreContext): string {
	const q = state.query;
	const values: Values = {
		release: state.release,
		basis: state.basis,
		columns: state.columns,
		text: q.text,
		major: q.major,
		group: q.group,
		codingOnly: q.codingOnly,
		education: q.education,
		noWage: q.showNoWage ? 'show' : 'hide',
		sort: state.sort,
		dir: state.dir,
		chart: state.chart
	};
	const bounds: Record<string, number | null> = {};
	for (const id of NUMERIC) {
		const r = state.columns.includes(id) ? q.ranges[id] : undefined;
		bounds[`min_${id}`] = r?.min ?? null;
		bounds[`max_${id}`] = r?.max ?? null;
	}
	return joinSearch(paramsToSearch(values, exploreParams(ctx)), paramsToSearch(bounds, BOUNDS));
}
