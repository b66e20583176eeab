import { isNumber, type MissingReason, type WageSet } from '../data/schema';

/** Where a salary sits among an occupation's published percentiles. */
export type PercentileEstimate =
	/** Between two published points: a straight-line estimate, so always approximate. */
	| { kind: 'within'; percentile: number; approximate: true }
	/** Below the 10th percentile (BLS publishes nothing lower). */
	| { kind: 'below'; percentile: 10 }
	/** Above `percentile`; lower than 90 when the next published point is top-coded. */
	| { kind: 'above'; percentile: number; note?: string }
	/** A point the answer needs is not published, or the salary is not a usable amount. */
	| { kind: 'unknown'; reason: MissingReason | 'invalidSalary' };

/** The five percentiles OEWS publishes, in order; the mean is not a percentile and is not used. */
const POINTS = [
	[10, 'p10'],
	[25, 'p25'],
	[50, 'median'],
	[75, 'p75'],
	[90, 'p90']
] as const;

const ordinal = (p: number) => (p === 50 ? 'median' : `${p}th percentile`);

/**
 * Estimates the percentile of `salary` by linear interpolation between the published points
 * (10, p10), (25, p25), (50, median), (75, p75), (90, p90) of one wage set, annual or hourly alike.
 * Only the two points around the salary are needed; a missing one makes the answer unknown, except
 * that a top-coded point above the salary's last published neighbour still bounds it from below.
 */
export function estimatePercentile(set: WageSet, salary: number): PercentileEstimate {
	if (!Number.isFinite(salary) || salary <= 0) return { kind: 'unknown', reason: 'invalidSalary' };
	let lower: { pct: number; value: number } | null = null;
	// The first unpublished point met since `lower`: it lies between the salary's neighbours.
	let gap: { pct: number; reason: MissingReason } | null = null;
	for (const [pct, stat] of POINTS) {
		const value = set[stat];
		if (!isNumber(value)) {
			gap ??= { pct, reason: value.missing };
			continue;
		}
		if (salary === value) return { kind: 'within', percentile: pct, approximate: true };
		if (salary < value) {
			if (gap) return { kind: 'unknown', reason: gap.reason };
			if (!lower) return { kind: 'below', percentile: 10 };
			const share = (salary - lower.value) / (value - lower.value);
			return { kind: 'within', percentile: Math.round(lower.pct + share * (pct - lower.pct)), approximate: true };
		}
		lower = { pct, value };
		gap = null;
	}
	if (!gap) return { kind: 'above', percentile: 90 };
	// "#" means at or above the threshold, so a salary above the last number is at least that far up.
	if (gap.reason === 'topCoded' && lower)
		return {
			kind: 'above',
			percentile: lower.pct,
			note: `The ${ordinal(gap.pct)} is top-coded (at or above the highest wage BLS publishes), so only a lower bound is known.`
		};
	return { kind: 'unknown', reason: gap.reason };
}
