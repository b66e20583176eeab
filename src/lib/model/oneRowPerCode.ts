import type { WageRecord } from '../data/schema';

type Keyed = Pick<WageRecord, 'sourceId' | 'areaCode' | 'naics' | 'ownCode' | 'soc' | 'level'>;

/** Where a code sits in the SOC: a detailed row is the occupation itself, so it wins over a broad row of the same code. */
const RANK: Record<string, number> = { detailed: 0, broad: 1, minor: 2, major: 3, total: 4, '': 5 };

/**
 * One row per estimate: BLS lists a broad group that holds a single detailed occupation twice, at both
 * levels with the same code and the same figures (29-2010, 31-1120 in May 2021–2025). Lookups that expect
 * one row per code would see two and give up; this keeps the most detailed row of each (source, area,
 * industry, ownership, code), in the order the rows came.
 */
export function oneRowPerCode<T extends Keyed>(rows: readonly T[]): T[] {
	const best = new Map<string, T>();
	const key = (r: T) => [r.sourceId, r.areaCode, r.naics, r.ownCode, r.soc].join('|');
	for (const r of rows) {
		const seen = best.get(key(r));
		if (!seen || (RANK[r.level] ?? 5) < (RANK[seen.level] ?? 5)) best.set(key(r), r);
	}
	const kept = new Set(best.values());
	return rows.filter((r) => kept.has(r));
}
