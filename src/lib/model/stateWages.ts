import { STATES } from '../data/states';
import type { Figure, PayBasis, WageRecord } from '../data/schema';
import { rowsOfSocAndSource } from './rowIndex';

/** One state or territory's mean wage for a career; the figure or why there is none. */
export interface StateWageRow {
	fips: string;
	postal: string;
	name: string;
	/** Puerto Rico, Guam and the Virgin Islands. */
	territory: boolean;
	/** Mean wage (the state file has means only). */
	mean: Figure;
	/** Source of the figure, "" when the file has no row for this area. */
	sourceId: string;
}

/**
 * A career's mean wage in every area OEWS publishes (50 states, DC, Puerto Rico, Guam, Virgin Islands),
 * in FIPS order. An area with no row for the career in the file did not publish it: `notAvailable`.
 */
export function stateWages(states: readonly WageRecord[], soc: string, basis: PayBasis, sourceId = 'oews-state-2023'): StateWageRow[] {
	const rows = new Map(rowsOfSocAndSource(states, soc, sourceId).map((r) => [r.areaCode, r]));
	return STATES.map((s) => {
		const row = rows.get(s.fips);
		return {
			fips: s.fips,
			postal: s.postal,
			name: s.name,
			territory: s.territory,
			mean: row ? row[basis].mean : { missing: 'notAvailable' },
			sourceId: row ? row.sourceId : ''
		};
	});
}
