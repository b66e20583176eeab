import { MISSING_LABELS } from '../format';
import type { PercentileEstimate } from './estimatePercentile';

/** 1 → "1st", 2 → "2nd", 3 → "3rd", 11–13 → "11th"…, 22 → "22nd". */
export function ordinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** What a percentile estimate says, worded as an estimate, plus how it was made or why there is none. */
export interface PercentileWords {
	/** "about the 50th percentile — half earn less". */
	headline: string;
	/** One sentence on the method or the missing figure. */
	detail: string;
}

const METHOD = 'Estimated by a straight line between the percentiles BLS publishes (10th, 25th, median, 75th, 90th); BLS does not publish the exact share.';

/** Words for a percentile estimate: never a precise claim, always "about", "below" or "above". */
export function describePercentile(e: PercentileEstimate): PercentileWords {
	switch (e.kind) {
		case 'within':
			return {
				headline: `about the ${ordinal(e.percentile)} percentile — ${e.percentile === 50 ? 'half' : `about ${e.percentile} in 100`} earn less`,
				detail: METHOD
			};
		case 'below':
			return { headline: 'below the 10th percentile — more than 9 in 10 earn more', detail: 'BLS publishes no percentile below the 10th, so only that bound is known.' };
		case 'above':
			return e.percentile === 90
				? { headline: 'above the 90th percentile — more than 9 in 10 earn less', detail: 'BLS publishes no percentile above the 90th, so only that bound is known.' }
				: {
						headline: `above the ${e.percentile === 50 ? 'median' : `${ordinal(e.percentile)} percentile`} at least — more than ${e.percentile === 50 ? 'half' : `${e.percentile} in 100`} earn less`,
						detail: e.note ?? METHOD
					};
		case 'unknown':
			return e.reason === 'invalidSalary'
				? { headline: 'no estimate — enter a salary above zero', detail: 'Type an amount such as 48,780 (a year) or 23.45 (an hour).' }
				: {
						headline: 'no estimate — a percentile near this salary is not published',
						detail: `BLS marks the percentile needed here as “${MISSING_LABELS[e.reason]}”, so the share cannot be estimated.`
					};
	}
}
