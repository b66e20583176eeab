import type { StatePriceParity } from '../data/beaRpp';
import type { Figure } from '../data/schema';
import { MISSING_LABELS } from '../format';
import { adjustForPrices } from './adjustForPrices';
import type { StateWageRow } from './stateWages';

/** An area's published mean beside the same mean divided by the area's BEA price parity. */
export interface PriceAdjustedState extends StateWageRow {
	/** BEA all-items parity (U.S. = 100); null where BEA publishes none (the territories). */
	rpp: number | null;
	/** The mean divided by rpp / 100, rounded to the cent; a missing mean keeps its reason. */
	adjusted: Figure;
	/** The top-code threshold divided the same way: what a top-coded adjusted mean is at least. */
	adjustedTopCode: Figure;
	/** Why `adjusted` has no value, in words; "" when it has one. */
	why: string;
}

const NONE: Figure = { missing: 'notAvailable' };

/** Why an area has no price-adjusted mean, or "" when it has one. */
function whyMissing(mean: Figure, rpp: number | null, territory: boolean): string {
	if (rpp === null) return territory ? 'no BEA price parity for territories' : 'no BEA price parity in the data for this state';
	if (typeof mean === 'number') return '';
	if (mean.missing === 'topCoded') return 'top-coded mean: only a lower bound is published';
	return mean.missing === 'notAvailable' ? 'no published mean' : `no published mean: ${MISSING_LABELS[mean.missing]}`;
}

/**
 * Every area of `rows` (same order) with its BEA parity and its mean divided by it: roughly what the mean buys
 * at U.S.-average prices. An area without a parity or a published mean gets no adjusted figure and says why.
 */
export function priceAdjustedStates(rows: readonly StateWageRow[], parities: readonly StatePriceParity[], topCode: Figure = { missing: 'notAvailable' }): PriceAdjustedState[] {
	return rows.map((r) => {
		const rpp = parities.find((p) => p.fips === r.fips)?.rpp ?? null;
		return { ...r, rpp, adjusted: rpp === null ? NONE : adjustForPrices(r.mean, r.fips, parities), adjustedTopCode: adjustForPrices(topCode, r.fips, parities), why: whyMissing(r.mean, rpp, r.territory) };
	});
}
