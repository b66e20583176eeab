import { isNumber, type Figure, type ProjectionRecord } from '../data/schema';
import { formatPercent } from '../format';
import { rowsOfSoc } from './rowIndex';

export type GrowthDirection = 'grows' | 'declines' | 'stable' | 'unknown';

/** The plain comparison of a rate with the all-occupations rate of the same projections, e.g. "above the 3.1% for all occupations". */
export type GrowthLabel = string;

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

/** Employment Projections publishes the rate for all occupations as SOC 00-0000 ("Total, all occupations"). */
export const ALL_OCCUPATIONS = '00-0000';

/** The all-occupations percent change of the projections, or "not available" when the row is absent. */
export function allOccupationsRate(projections: readonly Pick<ProjectionRecord, 'soc' | 'percentChange'>[]): Figure {
	return rowsOfSoc(projections, ALL_OCCUPATIONS)[0]?.percentChange ?? { missing: 'notAvailable' };
}

/**
 * The rate against the all-occupations rate, both as published (one decimal): "above the 3.1% for all
 * occupations", "below …" or "the same as …". No BLS phrase ("faster than average") is used, because its
 * 2024–34 bands are not in the data. Null when either rate is not published.
 */
export function growthLabel(percentChange: Figure, allRate: Figure): GrowthLabel | null {
	if (!isNumber(percentChange) || !Number.isFinite(percentChange) || !isNumber(allRate) || !Number.isFinite(allRate)) return null;
	const relation = percentChange > allRate ? 'above' : percentChange < allRate ? 'below' : 'the same as';
	return `${relation} the ${formatPercent(allRate)} for all occupations`;
}

/** Rounds half away from zero, as published tables do (Math.round would send −2.5 to −2). */
const wholePercent = (x: number) => Math.sign(x) * Math.round(Math.abs(x)) + 0;

/** Direction by the whole-percent rate, so "0.3%" reads as stable, as a table rounded to whole percent would print "0%". */
function directionOf(percentChange: Figure): GrowthDirection {
	if (!isNumber(percentChange) || !Number.isFinite(percentChange)) return 'unknown';
	const rounded = wholePercent(percentChange);
	return rounded > 0 ? 'grows' : rounded < 0 ? 'declines' : 'stable';
}

/**
 * Summarizes one projection row; figures are carried as published, none is derived from the others.
 * `allRate` is the all-occupations percent change of the same projections (see `allOccupationsRate`).
 */
export function summarizeGrowth(projection: ProjectionRecord, allRate: Figure): GrowthSummary {
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
		label: growthLabel(p.percentChange, allRate)
	};
}
