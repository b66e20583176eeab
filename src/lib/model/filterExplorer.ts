import { WAGE_STATS, type Figure, type PayBasis } from '../data/schema';
import { COLUMN_BY_ID } from './explorerColumns';
import type { ExplorerGroup, ExplorerRow } from './explorerRows';
import { searchCareers } from './searchCareers';

/** Which groups are shown: coding and other healthcare (the default), one group, or every occupation. */
export type GroupFilter = 'health' | ExplorerGroup | 'all';

export interface ExplorerQuery {
	/** Free text: title, SOC code or the words people search for (the site's career search). */
	text: string;
	/** SOC major group ("29"), or "" for all. */
	major: string;
	group: GroupFilter;
	/** Only the project's coding and health-information roles. */
	codingOnly: boolean;
	/** Typical entry education as Employment Projections words it, or "" for any. */
	education: string;
	/** Keep occupations with no published wage in the chosen unit. */
	showNoWage: boolean;
	/** Min/max per numeric column id; a bound is inclusive. */
	ranges: Record<string, { min: number | null; max: number | null }>;
}

/** True when no wage statistic of the row is published in the unit (a top-coded wage counts as published: "≥ …"). */
export const hasNoWage = (row: ExplorerRow, basis: PayBasis) =>
	WAGE_STATS.every((s) => {
		const f = row.wage[basis][s];
		return typeof f !== 'number' && f.missing !== 'topCoded';
	});

/**
 * Whether a figure is inside a range. A top-coded wage is at least the threshold, so it passes any minimum
 * and fails any maximum; a figure that is not published fails a range set on its column (it cannot be placed).
 */
export function inRange(f: Figure | string, range: { min: number | null; max: number | null }): boolean {
	if (range.min === null && range.max === null) return true;
	if (typeof f === 'number') return (range.min === null || f >= range.min) && (range.max === null || f <= range.max);
	if (typeof f === 'string') return false;
	return f.missing === 'topCoded' && range.max === null;
}

const inGroup = (row: ExplorerRow, group: GroupFilter) =>
	group === 'all' || (group === 'health' ? row.group !== 'other' : row.group === group);

/** The rows a query keeps, in the order given (sorting is separate, so ties keep the table's order). */
export function filterExplorer(rows: readonly ExplorerRow[], query: ExplorerQuery, basis: PayBasis): ExplorerRow[] {
	const matched = query.text.trim() ? new Set(searchCareers(rows.map((r) => r.career), query.text).map((m) => m.career.soc)) : null;
	const ranges = Object.entries(query.ranges)
		.map(([id, range]) => [COLUMN_BY_ID.get(id), range] as const)
		.filter(([c, r]) => c && (r.min !== null || r.max !== null));
	return rows.filter(
		(r) =>
			(matched === null || matched.has(r.soc)) &&
			(!query.major || r.major === query.major) &&
			inGroup(r, query.group) &&
			(!query.codingOnly || r.group === 'coding') &&
			(!query.education || r.projection?.education === query.education) &&
			(query.showNoWage || !hasNoWage(r, basis)) &&
			ranges.every(([c, range]) => inRange(c!.value(r, basis), range))
	);
}
