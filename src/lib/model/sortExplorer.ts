import { compareText } from './compareText';
import type { Figure, PayBasis } from '../data/schema';
import { COLUMN_BY_ID } from './explorerColumns';
import type { ExplorerRow } from './explorerRows';

export type SortDirection = 'asc' | 'desc';

/**
 * Sort rank of a cell: published numbers by value; a top-coded wage above every number (it is at least the
 * threshold); text alphabetically; anything unpublished or empty always last, whichever the direction.
 */
function rank(v: Figure | string): { missing: boolean; top: boolean; n: number; s: string } {
	if (typeof v === 'number') return { missing: false, top: false, n: v, s: '' };
	if (typeof v === 'string') return { missing: v === '' || v === 'notAvailable', top: false, n: 0, s: v };
	return { missing: v.missing !== 'topCoded', top: v.missing === 'topCoded', n: 0, s: '' };
}

/** Keys an explorer can sort by besides its columns. */
export const SORT_KEYS = ['soc', 'title'] as const;

/**
 * Rows sorted by a column id, "soc" or "title"; stable, so rows that tie keep their order (SOC order when the
 * rows come from `explorerRows`), also when descending. Returns a new array.
 */
export function sortExplorer(rows: readonly ExplorerRow[], key: string, dir: SortDirection, basis: PayBasis): ExplorerRow[] {
	const column = COLUMN_BY_ID.get(key);
	const get = (r: ExplorerRow): Figure | string => (column ? column.value(r, basis) : key === 'title' ? r.title : r.soc);
	const sign = dir === 'asc' ? 1 : -1;
	const keyed = rows.map((row, i) => ({ row, i, k: rank(get(row)) }));
	keyed.sort((a, b) => {
		if (a.k.missing !== b.k.missing) return a.k.missing ? 1 : -1;
		if (a.k.missing) return a.i - b.i;
		let c = 0;
		if (a.k.top !== b.k.top) c = a.k.top ? 1 : -1;
		else if (!a.k.top) c = a.k.s || b.k.s ? compareText(a.k.s, b.k.s) : a.k.n - b.k.n;
		return c === 0 ? a.i - b.i : c * sign;
	});
	return keyed.map((k) => k.row);
}
