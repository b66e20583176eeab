import { boundedNumber, oneOf, parseParams, replaceParams, searchString, wholeNumber, writeParams, type Param } from './paramTable';

export const PAYBACK_PERCENTILES = ['p25', 'median', 'p75'] as const;
export type PaybackPercentile = (typeof PAYBACK_PERCENTILES)[number];

/** What the payback calculator is set to; all of it lives in the URL. */
export interface PaybackState {
	/** Years counted from the start of training. */
	horizon: number;
	percentile: PaybackPercentile;
	/** Years in training per SOC code, where the person changed the default; absent means the default. */
	years: Record<string, number>;
	/** Tuition per training year per SOC code, as entered; absent means none entered (0). */
	tuition: Record<string, number>;
}

export const DEFAULT_HORIZON = 20;
export const MAX_HORIZON = 45;
const MAX_YEARS = 15;
const MAX_TUITION = 500_000;

const horizonParam = wholeNumber('horizon', DEFAULT_HORIZON, 1, MAX_HORIZON, (raw) => `Horizon "${raw}" must be a whole number of years from 1 to ${MAX_HORIZON}`);

/** The calculator's parameter table: horizon, percentile, then a years and a tuition row per career ("years_29-2033=2"). */
export function paybackParams(socs: readonly string[]) {
	return {
		horizon: horizonParam,
		percentile: oneOf<PaybackPercentile>('pct', PAYBACK_PERCENTILES, 'median', 'Pay percentile'),
		...Object.fromEntries(
			socs.flatMap((soc) => [
				[`years_${soc}`, boundedNumber(`years_${soc}`, `Years in training for ${soc}`, 0, MAX_YEARS)],
				[`tuition_${soc}`, boundedNumber(`tuition_${soc}`, `Tuition per year for ${soc}`, 0, MAX_TUITION)]
			])
		)
	} as Record<string, Param<unknown>>;
}

/** Reads the calculator's state for these careers; invalid values give the default and a notice. */
export function parsePayback(params: URLSearchParams, socs: readonly string[]): { state: PaybackState; invalid: string[] } {
	const { values, invalid } = parseParams(params, paybackParams(socs));
	const pick = (prefix: string) =>
		Object.fromEntries(socs.flatMap((soc) => (typeof values[`${prefix}_${soc}`] === 'number' ? [[soc, values[`${prefix}_${soc}`] as number]] : [])));
	return { state: { horizon: values.horizon as number, percentile: values.percentile as PaybackPercentile, years: pick('years'), tuition: pick('tuition') }, invalid };
}

/** Keys the calculator owns in a search string, whatever careers they name. */
const isPaybackKey = (key: string) => key === 'horizon' || key === 'pct' || key.startsWith('years_') || key.startsWith('tuition_');

/**
 * The page's search with the calculator's state written in (values equal to their default left out) and the
 * page's other parameters kept as they are.
 */
export function paybackToSearch(state: PaybackState, socs: readonly string[], current: URLSearchParams): string {
	const values: Record<string, unknown> = { horizon: state.horizon, percentile: state.percentile };
	for (const soc of socs) {
		values[`years_${soc}`] = state.years[soc] ?? null;
		values[`tuition_${soc}`] = state.tuition[soc] ?? null;
	}
	return searchString(replaceParams(current, writeParams(values, paybackParams(socs)), isPaybackKey));
}

/** The calculator's parameters in a search, as written, so another control rewriting the page's search can keep them. */
export const paybackEntries = (params: URLSearchParams): Record<string, string> => Object.fromEntries([...params].filter(([k]) => isPaybackKey(k)));
