import type { PayBasis } from '../data/schema';
import type { StateOrder } from '../model/rankStates';
import type { StatePrices } from '../model/stateStatistic';
import type { SettingsSort } from '../model/sortSettings';

/** Everything the "Pay in detail" views can be set to; it all lives in the URL. */
export interface PayFilters {
	/** SOC code of the career. */
	career: string;
	/** Optional second career for the side-by-side settings view; "" for none. */
	vs: string;
	/** Postal code of the chosen state ("AL"); "" for none. */
	state: string;
	/** Salary to place ("where would I fall"), in the unit of `basis`; null for none. */
	salary: number | null;
	basis: PayBasis;
	/** OEWS release year used for the percentile estimate. */
	release: string;
	/** Order of the work settings. */
	sort: SettingsSort;
	/** Order of the state table. */
	order: StateOrder;
	/** State means as published, or divided by the BEA price parity of 2023. */
	prices: StatePrices;
	/** Survey breakdown shown (a dimension of surveys.csv). */
	dim: string;
	/** Survey credential whose means sit beside the salary estimate; "" for none. */
	cred: string;
	/** Survey figures shown: the latest of each category, or every survey year. */
	years: SurveyYears;
	/** Survey figures as published, or all in the latest CPI-U year's dollars. */
	dollars: SurveyDollars;
}

export type SurveyYears = 'latest' | 'all';
export type SurveyDollars = 'nominal' | 'real';

/** What the URL may name. */
export interface PayFilterContext {
	careers: ReadonlySet<string>;
	releases: readonly string[];
	/** Postal codes of the areas in the data. */
	states: ReadonlySet<string>;
	dimensions: ReadonlySet<string>;
	credentials: ReadonlySet<string>;
	defaults: PayFilters;
}

const KEYS = { career: 'career', vs: 'vs', state: 'state', salary: 'salary', basis: 'pay', release: 'release', sort: 'sort', order: 'order', prices: 'prices', dim: 'dim', cred: 'cred', years: 'years', dollars: 'dollars' } as const;

/** Largest salary accepted: above any published wage, below nonsense. */
const MAX_SALARY = 10_000_000;

/** "$48,780", "48780", " 23.45 " → a positive amount; null when it is not one. */
export function parseSalary(text: string): number | null {
	const cleaned = text.trim().replace(/^\$/, '').replaceAll(',', '').trim();
	if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
	const value = Number(cleaned);
	return value > 0 && value <= MAX_SALARY ? value : null;
}

const quoted = (values: Iterable<string>) => [...values].join(', ');

/** Reads the pay filters from search params; anything invalid falls back to the default and is reported. */
export function parsePayFilters(params: URLSearchParams, ctx: PayFilterContext): { filters: PayFilters; invalid: string[] } {
	const invalid: string[] = [];
	const f: PayFilters = { ...ctx.defaults };
	const get = (k: keyof typeof KEYS) => params.get(KEYS[k]);

	const career = get('career');
	if (career !== null) {
		if (ctx.careers.has(career.trim())) f.career = career.trim();
		else invalid.push(`Unknown career code "${career}"`);
	}
	const vs = get('vs');
	if (vs !== null && vs !== '') {
		if (!ctx.careers.has(vs.trim())) invalid.push(`Unknown second career code "${vs}"`);
		else if (vs.trim() === f.career) invalid.push(`The second career "${vs}" is the same as the first`);
		else f.vs = vs.trim();
	}
	const state = get('state');
	if (state !== null && state !== '') {
		if (ctx.states.has(state.trim().toUpperCase())) f.state = state.trim().toUpperCase();
		else invalid.push(`State "${state}" is not in the data (use a postal code such as AL or PR)`);
	}
	const salary = get('salary');
	if (salary !== null && salary !== '') {
		const value = parseSalary(salary);
		if (value === null) invalid.push(`Salary "${salary}" is not an amount above zero`);
		else f.salary = value;
	}
	const basis = get('basis');
	if (basis !== null) {
		if (basis === 'annual' || basis === 'hourly') f.basis = basis;
		else invalid.push(`Pay "${basis}" must be annual or hourly`);
	}
	const release = get('release');
	if (release !== null) {
		if (ctx.releases.includes(release)) f.release = release;
		else invalid.push(`Release "${release}" is not in the data (available: ${ctx.releases.join(', ')})`);
	}
	const sort = get('sort');
	if (sort !== null) {
		if (sort === 'employment' || sort === 'median') f.sort = sort;
		else invalid.push(`Sort "${sort}" must be employment or median`);
	}
	const order = get('order');
	if (order !== null) {
		if (order === 'high' || order === 'low' || order === 'name') f.order = order;
		else invalid.push(`State order "${order}" must be high, low or name`);
	}
	const prices = get('prices');
	if (prices !== null) {
		if (prices === 'published' || prices === 'rpp') f.prices = prices;
		else invalid.push(`State pay "${prices}" must be published or rpp`);
	}
	const dim = get('dim');
	if (dim !== null) {
		if (ctx.dimensions.has(dim)) f.dim = dim;
		else invalid.push(`Survey breakdown "${dim}" is not in the data (available: ${quoted(ctx.dimensions)})`);
	}
	const cred = get('cred');
	if (cred !== null && cred !== '') {
		if (ctx.credentials.has(cred)) f.cred = cred;
		else invalid.push(`Credential "${cred}" has no survey figure in the data`);
	}
	const years = get('years');
	if (years !== null) {
		if (years === 'latest' || years === 'all') f.years = years;
		else invalid.push(`Survey years "${years}" must be latest or all`);
	}
	const dollars = get('dollars');
	if (dollars !== null) {
		if (dollars === 'nominal' || dollars === 'real') f.dollars = dollars;
		else invalid.push(`Dollars "${dollars}" must be nominal or real`);
	}
	return { filters: f, invalid };
}

/** Writes the filters as a search string ("?career=…"), leaving out what equals the defaults. */
export function payFiltersToSearch(filters: PayFilters, defaults: PayFilters): string {
	const params = new URLSearchParams();
	for (const k of Object.keys(KEYS) as (keyof typeof KEYS)[]) {
		const value = filters[k];
		if (value === defaults[k] || value === null || value === '') continue;
		params.set(KEYS[k], String(value));
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}
