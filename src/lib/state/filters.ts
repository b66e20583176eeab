import type { PayBasis } from '../data/schema';

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

const KEYS = { careers: 'careers', ref: 'ref', release: 'release', basis: 'pay', dollars: 'dollars' } as const;

/** Reads filters from search params; anything invalid falls back to the default and is reported. */
export function parseFilters(params: URLSearchParams, ctx: FilterContext): { filters: Filters; invalid: string[] } {
	const invalid: string[] = [];
	const max = ctx.maxCareers ?? 6;
	let careers = ctx.defaults.careers;
	const rawCareers = params.get(KEYS.careers);
	if (rawCareers !== null) {
		const codes = rawCareers.split(',').map((s) => s.trim()).filter(Boolean);
		const unknown = codes.filter((c) => !ctx.careers.has(c));
		const known = [...new Set(codes.filter((c) => ctx.careers.has(c)))];
		if (unknown.length > 0) invalid.push(`Unknown career code${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')}`);
		if (known.length > max) invalid.push(`At most ${max} careers can be compared; the first ${max} are shown`);
		if (known.length > 0) careers = known.slice(0, max);
	}
	let ref = careers.includes(ctx.defaults.ref) ? ctx.defaults.ref : careers[0];
	const rawRef = params.get(KEYS.ref);
	if (rawRef !== null) {
		if (careers.includes(rawRef)) ref = rawRef;
		else invalid.push(`Reference career "${rawRef}" is not among the careers shown`);
	}
	let release = ctx.defaults.release;
	const rawRelease = params.get(KEYS.release);
	if (rawRelease !== null) {
		if (ctx.releases.includes(rawRelease)) release = rawRelease;
		else invalid.push(`Release "${rawRelease}" is not in the data (available: ${ctx.releases.join(', ')})`);
	}
	let basis = ctx.defaults.basis;
	const rawBasis = params.get(KEYS.basis);
	if (rawBasis !== null) {
		if (rawBasis === 'annual' || rawBasis === 'hourly') basis = rawBasis;
		else invalid.push(`Pay "${rawBasis}" must be annual or hourly`);
	}
	let dollars: Dollars = ctx.defaults.dollars ?? 'nominal';
	const rawDollars = params.get(KEYS.dollars);
	if (rawDollars !== null) {
		if (rawDollars === 'nominal' || rawDollars === 'real') dollars = rawDollars;
		else invalid.push(`Dollars "${rawDollars}" must be nominal or real`);
	}
	return { filters: { careers, ref, release, basis, dollars }, invalid };
}

/** Writes filters as a search string ("?careers=…"), leaving out what equals the defaults. */
export function filtersToSearch(filters: Filters, defaults: Filters, extra: Record<string, string> = {}): string {
	const params = new URLSearchParams();
	if (filters.careers.join(',') !== defaults.careers.join(',')) params.set(KEYS.careers, filters.careers.join(','));
	const defaultRef = filters.careers.includes(defaults.ref) ? defaults.ref : filters.careers[0];
	if (filters.ref !== defaultRef) params.set(KEYS.ref, filters.ref);
	if (filters.release !== defaults.release) params.set(KEYS.release, filters.release);
	if (filters.basis !== defaults.basis) params.set(KEYS.basis, filters.basis);
	if ((filters.dollars ?? 'nominal') !== (defaults.dollars ?? 'nominal')) params.set(KEYS.dollars, filters.dollars ?? 'nominal');
	for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
	const text = params.toString().replaceAll('%2C', ',');
	return text ? `?${text}` : '';
}
