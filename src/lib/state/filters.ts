import type { PayBasis } from '../data/schema';
import { mustBe, notInData, oneOf, parseParams, searchString, someOf, writeParams } from './paramTable';

/** Everything a view can be set to; it all lives in the URL so a link reopens the same view. */
export interface Filters {
	/** SOC codes of the careers shown, in order (1–6). */
	careers: string[];
	/** SOC code the others are compared against. */
	ref: string;
	/** OEWS release year, e.g. "2025". */
	release: string;
	basis: PayBasis;
	/** Trend pay as published ("nominal", the default) or in constant dollars of the latest CPI-U year ("real"). */
	dollars?: Dollars;
}

export type Dollars = 'nominal' | 'real';

/** What the URL may name: the careers and releases in the data. */
export interface FilterContext {
	careers: ReadonlySet<string>;
	releases: readonly string[];
	defaults: Filters;
	maxCareers?: number;
}

/** The career list: the known codes kept, the unknown ones named. */
const careersParam = (ctx: FilterContext) => someOf('careers', ctx.careers, ctx.defaults.careers, 'career code');

/** The rows that depend on the careers shown: the reference must be one of them (the first when the default is not). */
function filterParams(ctx: FilterContext, careers: readonly string[]) {
	const d = ctx.defaults;
	return {
		ref: oneOf('ref', careers, careers.includes(d.ref) ? d.ref : careers[0], (raw) => `Reference career "${raw}" is not among the careers shown`),
		release: oneOf('release', ctx.releases, d.release, notInData('Release')),
		basis: oneOf<PayBasis>('pay', ['annual', 'hourly'], d.basis, mustBe('Pay')),
		dollars: oneOf<Dollars>('dollars', ['nominal', 'real'], d.dollars ?? 'nominal', mustBe('Dollars'))
	};
}

/** Reads filters from search params; anything invalid falls back to the default and is reported. */
export function parseFilters(params: URLSearchParams, ctx: FilterContext): { filters: Filters; invalid: string[] } {
	const max = ctx.maxCareers ?? 6;
	const listed = parseParams(params, { careers: careersParam(ctx) });
	let careers = listed.values.careers;
	if (careers.length > max) {
		listed.invalid.push(`At most ${max} careers can be compared; the first ${max} are shown`);
		careers = careers.slice(0, max);
	}
	const rest = parseParams(params, filterParams(ctx, careers));
	return { filters: { careers, ...rest.values }, invalid: [...listed.invalid, ...rest.invalid] };
}

/** Writing needs only the keys and defaults, not what the data holds. */
const writing = (defaults: Filters): FilterContext => ({ careers: new Set(), releases: [], defaults });

/** Writes filters as a search string ("?careers=…"), leaving out what equals the defaults; `extra` params go last. */
export function filtersToSearch(filters: Filters, defaults: Filters, extra: Record<string, string> = {}): string {
	const ctx = writing(defaults);
	const table = { careers: careersParam(ctx), ...filterParams(ctx, filters.careers) };
	const params = writeParams({ ...filters, dollars: filters.dollars ?? 'nominal' }, table);
	for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
	return searchString(params);
}
