import type { Figure } from '../data/schema';
import { compareText } from './compareText';
import type { StateWageRow } from './stateWages';

export type StateOrder = 'high' | 'low' | 'name';

export interface RankedState extends StateWageRow {
	/** 1 = highest mean; ties share a rank ("1, 2, 2, 4"); null when the mean is not published. */
	rank: number | null;
}

/** A top-coded mean is above every published one; ranks among top-coded areas are tied. */
const key = (f: Figure) => (typeof f === 'number' ? f : f.missing === 'topCoded' ? Number.POSITIVE_INFINITY : null);

/**
 * Ranks areas by mean wage (highest = 1) and orders them highest first, lowest first, or by name.
 * Areas without a published mean get no rank and always come last, by name.
 */
export function rankStates(rows: readonly StateWageRow[], order: StateOrder): RankedState[] {
	const byName = (a: StateWageRow, b: StateWageRow) => compareText(a.name, b.name);
	const published = rows.filter((r) => key(r.mean) !== null).sort((a, b) => key(b.mean)! - key(a.mean)! || byName(a, b));
	const ranked: RankedState[] = published.map((r) => ({ ...r, rank: 0 }));
	ranked.forEach((r, i) => (r.rank = i > 0 && key(ranked[i - 1].mean) === key(r.mean) ? ranked[i - 1].rank : i + 1));
	const unranked = rows.filter((r) => key(r.mean) === null).map((r) => ({ ...r, rank: null })).sort(byName);
	if (order === 'name') return [...ranked, ...unranked].sort(byName);
	const low = () => [...ranked].sort((a, b) => key(a.mean)! - key(b.mean)! || byName(a, b));
	return [...(order === 'high' ? ranked : low()), ...unranked];
}
