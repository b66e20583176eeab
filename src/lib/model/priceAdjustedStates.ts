import type { StatePriceParity } from '../data/beaRpp';
import type { Figure } from '../data/schema';
import { adjustForPrices } from './adjustForPrices';
import type { StateWageRow } from './stateWages';

/** A state's mean wage beside the same mean divided by the state's BEA price parity. */
export interface PriceAdjustedState {
	postal: string;
	name: string;
	mean: Figure;
	/** BEA all-items parity (U.S. = 100); null where BEA publishes none (territories). */
	rpp: number | null;
	adjusted: Figure;
}

/** Every state and DC with both figures, highest price-adjusted mean first; missing figures last, in FIPS order. */
export function priceAdjustedStates(rows: readonly StateWageRow[], parities: readonly StatePriceParity[]): PriceAdjustedState[] {
	const out = rows
		.filter((r) => !r.territory)
		.map((r) => ({ postal: r.postal, name: r.name, mean: r.mean, rpp: parities.find((p) => p.fips === r.fips)?.rpp ?? null, adjusted: adjustForPrices(r.mean, r.fips, parities) }));
	const value = (f: Figure) => (typeof f === 'number' ? f : -Infinity);
	return out.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => value(b.adjusted) - value(a.adjusted) || i - j).map(([r]) => r);
}
