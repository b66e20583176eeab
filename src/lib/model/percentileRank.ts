/**
 * The percentile rank of `value` among `all`: the percent of values below it, counting ties as half
 * (so the lowest of many distinct values is near 0, the highest near 100, a lone value 50).
 * Values that are not finite numbers are left out of `all`; null when nothing is left or `value` is not finite.
 */
export function percentileRank(all: readonly number[], value: number): number | null {
	if (!Number.isFinite(value)) return null;
	let n = 0;
	let below = 0;
	let equal = 0;
	for (const v of all) {
		if (!Number.isFinite(v)) continue;
		n++;
		if (v < value) below++;
		else if (v === value) equal++;
	}
	return n === 0 ? null : (100 * (below + equal / 2)) / n;
}

/** Percentile ranks for every value, each among all of them, rounded to one decimal as the data files ship them. */
export const percentileRanks = (all: readonly number[]): (number | null)[] =>
	all.map((v) => {
		const p = percentileRank(all, v);
		return p === null ? null : Math.round(p * 10) / 10;
	});
