import type { StatePriceParity } from '../data/beaRpp';
import type { Figure } from '../data/schema';

/**
 * A state's wage divided by its BEA price parity (all items, U.S. = 100): what it buys at U.S.-average prices,
 * rounded to the cent. A missing wage keeps its reason; a state without a parity gives `notAvailable`.
 */
export function adjustForPrices(value: Figure, fips: string, parities: readonly StatePriceParity[]): Figure {
	if (typeof value !== 'number') return value;
	const rpp = parities.find((p) => p.fips === fips)?.rpp;
	return rpp === undefined ? { missing: 'notAvailable' } : Math.round((value / (rpp / 100)) * 100) / 100;
}
