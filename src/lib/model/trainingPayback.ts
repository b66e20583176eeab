import type { Figure, MissingReason } from '../data/schema';

/** One career's assumptions: years in training first, tuition per training year (entered by the person), then pay. */
export interface PaybackInput {
	soc: string;
	/** Full-time years in training before earning (may be fractional, e.g. 0.33 for a 4-month certificate). */
	trainingYears: number;
	/** Tuition and fees per training year; 0 when the person entered none. */
	tuitionPerYear: number;
	/** Annual pay once trained (the chosen percentile), or why there is none. */
	pay: Figure;
}

/** Cumulative earnings at the end of each year of the horizon, and when the career overtakes the reference. */
export interface PaybackResult {
	soc: string;
	/** End of year 1, 2, …, horizon; empty when pay is missing. */
	cumulative: number[];
	/** Why there is no calculation (missing pay); null when there is one. */
	missing: MissingReason | null;
	/**
	 * The first year from which this career's cumulative earnings stay above the reference's to the end of the
	 * horizon; null when they never do (or for the reference itself, or without figures).
	 */
	overtakesIn: number | null;
}

/** One year's net earnings: the part of the year in training costs tuition, the rest earns pay. */
function yearNet(year: number, { trainingYears, tuitionPerYear }: PaybackInput, pay: number): number {
	const training = Math.min(1, Math.max(0, trainingYears - (year - 1)));
	return (1 - training) * pay - training * tuitionPerYear;
}

const cents = (v: number) => Math.round(v * 100) / 100;

/** A calculation on the stated assumptions (not a forecast): cumulative earnings over `horizon` years for each career. */
export function trainingPayback(careers: readonly PaybackInput[], horizon: number, referenceSoc: string): PaybackResult[] {
	const years = Math.max(0, Math.floor(horizon));
	const sums = careers.map((c) => {
		if (typeof c.pay !== 'number') return null;
		let sum = 0;
		const out: number[] = [];
		for (let y = 1; y <= years; y++) out.push(cents((sum += yearNet(y, c, c.pay as number))));
		return out;
	});
	const ref = sums[careers.findIndex((c) => c.soc === referenceSoc)] ?? null;
	return careers.map((c, i) => {
		const mine = sums[i];
		let overtakesIn: number | null = null;
		if (mine && ref && c.soc !== referenceSoc) {
			for (let y = years; y >= 1 && mine[y - 1] > ref[y - 1]; y--) overtakesIn = y;
		}
		return { soc: c.soc, cumulative: mine ?? [], missing: mine ? null : (c.pay as { missing: MissingReason }).missing, overtakesIn };
	});
}
