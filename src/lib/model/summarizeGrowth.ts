import { isNumber, type Figure, type ProjectionRecord } from '../data/schema';

export type GrowthDirection = 'grows' | 'declines' | 'stable' | 'unknown';

export type GrowthLabel =
	| 'Much faster than average'
	| 'Faster than average'
	| 'As fast as average'
	| 'Slower than average'
	| 'Little or no change'
	| 'Decline';

/** A projection as the page shows it: the published figures plus words for the rate. */
export interface GrowthSummary {
	soc: string;
	title: string;
	sourceId: string;
	baseYear: number;
	targetYear: number;
	/** Thousands of jobs, as published by Employment Projections. */
	employmentBase: Figure;
	/** Thousands of jobs. */
	employmentTarget: Figure;
	/** Thousands of jobs. */
	change: Figure;
	/** Percent, as published (one decimal). */
	percentChange: Figure;
	/** Thousands of openings a year (growth plus replacement). */
	openingsPerYear: Figure;
	direction: GrowthDirection;
	label: GrowthLabel | null;
}

/**
 * Lower bounds (whole percent, inclusive) of the OOH growth phrases, after "BLS OOH, How to interpret
 * the job outlook"; the average for all occupations in 2024–34 is 3.1%. The OOH states rates in whole
 * percent, so the published one-decimal rate is rounded first. Bands: ≥8, 5–7, 2–4, 1, −1 to 0, ≤−2.
 */
export const GROWTH_THRESHOLDS: readonly [min: number, label: GrowthLabel][] = [
	[8, 'Much faster than average'],
	[5, 'Faster than average'],
	[2, 'As fast as average'],
	[1, 'Slower than average'],
	[-1, 'Little or no change'],
	[-Infinity, 'Decline']
];

/** Rounds half away from zero, as published tables do (Math.round would send −2.5 to −2). */
const wholePercent = (x: number) => Math.sign(x) * Math.round(Math.abs(x)) + 0;

/** The OOH phrase for a projected percent change, or null when the change is not published. */
export function growthLabel(percentChange: Figure): GrowthLabel | null {
	if (!isNumber(percentChange) || !Number.isFinite(percentChange)) return null;
	const rounded = wholePercent(percentChange);
	return GROWTH_THRESHOLDS.find(([min]) => rounded >= min)![1];
}

/** Direction by the whole-percent rate, so "0.3%" reads as stable just as the OOH would print "0%". */
function directionOf(percentChange: Figure): GrowthDirection {
	if (!isNumber(percentChange) || !Number.isFinite(percentChange)) return 'unknown';
	const rounded = wholePercent(percentChange);
	return rounded > 0 ? 'grows' : rounded < 0 ? 'declines' : 'stable';
}

/** Summarizes one projection row; figures are carried as published, none is derived from the others. */
export function summarizeGrowth(projection: ProjectionRecord): GrowthSummary {
	const p = projection;
	return {
		soc: p.soc,
		title: p.title,
		sourceId: p.sourceId,
		baseYear: p.baseYear,
		targetYear: p.targetYear,
		employmentBase: p.employmentBase,
		employmentTarget: p.employmentTarget,
		change: p.change,
		percentChange: p.percentChange,
		openingsPerYear: p.openingsPerYear,
		direction: directionOf(p.percentChange),
		label: growthLabel(p.percentChange)
	};
}
