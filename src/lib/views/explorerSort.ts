import { COLUMN_BY_ID, isNumeric, type ExplorerColumn } from '../model/explorerColumns';
import type { SortDirection } from '../model/sortExplorer';

/** The sort a key starts with: high to low for numbers, A–Z for text (titles, codes, words). */
export function firstDirection(key: string): SortDirection {
	const column = COLUMN_BY_ID.get(key);
	return column && isNumeric(column) ? 'desc' : 'asc';
}

/** A header click: a new key starts in its first direction; the key already sorted by flips. */
export function sortAfterClick(current: { sort: string; dir: SortDirection }, key: string): { sort: string; dir: SortDirection } {
	if (current.sort !== key) return { sort: key, dir: firstDirection(key) };
	return { sort: key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
}

/**
 * What "Sort by" offers: the occupation's title and SOC code (the first column), then every shown column, in its
 * order; a sort by a column not shown (the address may name one) is offered last, so the choice always shows it.
 */
export function sortChoices(columns: readonly ExplorerColumn[], current = 'soc'): { value: string; label: string }[] {
	const choices = [{ value: 'title', label: 'Occupation' }, { value: 'soc', label: 'SOC code' }, ...columns.map((c) => ({ value: c.id, label: c.label }))];
	const hidden = COLUMN_BY_ID.get(current);
	return hidden && !choices.some((c) => c.value === current) ? [...choices, { value: hidden.id, label: `${hidden.label} (not shown)` }] : choices;
}
