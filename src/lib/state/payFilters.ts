import type { PayBasis } from '../data/schema';
import type { StateOrder } from '../model/rankStates';
import { STATE_PRICES, type StatePrices } from '../model/stateStatistic';
import type { SettingsSort } from '../model/sortSettings';
import { mustBe, notInData, oneOf, paramsToSearch, parseParams, type Param } from './paramTable';

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

/** Largest salary accepted: above any published wage, below nonsense. */
const MAX_SALARY = 10_000_000;

/** "$48,780", "48780", " 23.45 " → a positive amount; null when it is not one. */
export function parseSalary(text: string): number | null {
	const cleaned = text.trim().replace(/^\$/, '').replaceAll(',', '').trim();
	if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
	const value = Number(cleaned);
	return value > 0 && value <= MAX_SALARY ? value : null;
}

/**
 * A full-time year in hours, as OEWS counts it: its field descriptions (national_M2024_dl.xlsx, "Field Descriptions")
 * single out occupations that "typically work fewer than 2,080 hours per year".
 */
export const FULL_TIME_HOURS = 2080;

/** A salary in the other unit at a full-time year (48,000 a year is 23.08 an hour); whole dollars a year, cents an hour. */
export function salaryIn(salary: number | null, from: PayBasis, to: PayBasis): number | null {
	if (salary === null || from === to) return salary;
	return to === 'hourly' ? Math.round((salary / FULL_TIME_HOURS) * 100) / 100 : Math.round(salary * FULL_TIME_HOURS);
}

/** The salary to place: empty is none; anything but a positive amount gives a notice. */
const salaryParam = (fallback: number | null): Param<number | null> => ({
	key: 'salary',
	default: fallback,
	read: (raw) => {
		if (raw === '') return { value: fallback };
		const value = parseSalary(raw);
		return value === null ? { invalid: `Salary "${raw}" is not an amount above zero` } : { value };
	},
	write: (v) => (v === null ? '' : String(v))
});

const trimmed = { tidy: (raw: string) => raw.trim() };

/** The career row; the others depend on it (the second career must differ from it). */
const careerParam = (ctx: PayFilterContext) => oneOf('career', ctx.careers, ctx.defaults.career, (raw) => `Unknown career code "${raw}"`, trimmed);

/** The second career: one in the data other than `career`. */
function vsParam(ctx: PayFilterContext, career: string): Param<string> {
	const known = oneOf('vs', ctx.careers, ctx.defaults.vs, (raw) => `Unknown second career code "${raw}"`, { ...trimmed, blankIsDefault: true });
	return {
		...known,
		read: (raw) => {
			const read = known.read(raw);
			return raw !== '' && 'value' in read && read.value === career ? { invalid: `The second career "${raw}" is the same as the first` } : read;
		}
	};
}

function payParams(ctx: PayFilterContext, career: string) {
	const d = ctx.defaults;
	return {
		vs: vsParam(ctx, career),
		state: oneOf('state', ctx.states, d.state, (raw) => `State "${raw}" is not in the data (use a postal code such as AL or PR)`, {
			tidy: (raw) => raw.trim().toUpperCase(),
			blankIsDefault: true
		}),
		salary: salaryParam(d.salary),
		basis: oneOf<PayBasis>('pay', ['annual', 'hourly'], d.basis, mustBe('Pay')),
		release: oneOf('release', ctx.releases, d.release, notInData('Release')),
		sort: oneOf<SettingsSort>('sort', ['employment', 'median'], d.sort, mustBe('Sort')),
		order: oneOf<StateOrder>('order', ['high', 'low', 'name'], d.order, mustBe('State order')),
		prices: oneOf<StatePrices>('prices', STATE_PRICES, d.prices, mustBe('State pay')),
		dim: oneOf('dim', ctx.dimensions, d.dim, notInData('Survey breakdown')),
		cred: oneOf('cred', ctx.credentials, d.cred, (raw) => `Credential "${raw}" has no survey figure in the data`, { blankIsDefault: true }),
		years: oneOf<SurveyYears>('years', ['latest', 'all'], d.years, mustBe('Survey years')),
		dollars: oneOf<SurveyDollars>('dollars', ['nominal', 'real'], d.dollars, mustBe('Dollars'))
	};
}

/** Reads the pay filters from search params; anything invalid falls back to the default and is reported. */
export function parsePayFilters(params: URLSearchParams, ctx: PayFilterContext): { filters: PayFilters; invalid: string[] } {
	const first = parseParams(params, { career: careerParam(ctx) });
	const rest = parseParams(params, payParams(ctx, first.values.career));
	return { filters: { career: first.values.career, ...rest.values }, invalid: [...first.invalid, ...rest.invalid] };
}

/** Writing needs only the keys and defaults, not what the data holds. */
const writing = (defaults: PayFilters): PayFilterContext => ({ careers: new Set(), releases: [], states: new Set(), dimensions: new Set(), credentials: new Set(), defaults });

/** Writes the filters as a search string ("?career=…"), leaving out what equals the defaults. */
export function payFiltersToSearch(filters: PayFilters, defaults: PayFilters): string {
	const ctx = writing(defaults);
	return paramsToSearch(filters, { career: careerParam(ctx), ...payParams(ctx, filters.career) });
}
