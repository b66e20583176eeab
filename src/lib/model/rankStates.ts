import type { Figure } from '../data/schema';
import { compareText } from './compareText';
import type { StateWageRow } from './stateWages';

export type StateOrder = 'high' | 'low' | 'name';

/** An area with its rank by the figure ranked: 1 = highest; ties share a rank ("1, 2, 2, 4"); null when there is no figure. */
export type Ranked<T extends StateWageRow = StateWageRow> = T & { rank: number | null };
export type RankedState = Ranked<StateWageRow>;

/** A top-coded figure is above every published one; ranks among top-coded areas are tied. */
const key = (f: Figure) => (typeof f === 'number' ? f : f.missing === 'topCoded' ? Number.POSITIVE_INFINITY : null);

/**
 * Ranks areas by a figure (the mean wage unless told otherwise; highest = 1) and orders them highest first,
 * lowest first, or by name. Areas without the figure get no rank and always come last, by name.
 */
export function rankStates<T extends StateWageRow>(rows: readonly T[], order: StateOrder, figure: (r: T) => Figure = (r) => r.mean): Ranked<T>[] {
	const byName = (a: T, b: T) => compareText(a.name, b.name);
	const k = (r: T) => key(figure(r));
	const published = rows.filter((r) => k(r) !== null).sort((a, b) => k(b)! - k(a)! || byName(a, b));
	const ranked: Ranked<T>[] = published.map((r) => ({ ...r, rank: 0 }));
	ranked.forEach((r, i) => (r.rank = i > 0 && k(ranked[i - 1]) === k(r) ? ranked[i - 1].rank : i + 1));
	const unranked: Ranked<T>[] = rows.filter((r) => k(r) === null).map((r) => ({ ...r, rank: null })).sort(byName);
	if (order === 'name') return [...ranked, ...unranked].sort(byName);
	const low = () => [...ranked].sort((a, b) => k(a)! - k(b)! || byName(a, b));
	return [...(order === 'high' ? ranked : low()), ...unranked];
}
