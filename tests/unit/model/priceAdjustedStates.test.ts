import { describe, expect, it } from 'vitest';
import { priceAdjustedStates } from '../../../src/lib/model/priceAdjustedStates';
import type { StateWageRow } from '../../../src/lib/model/stateWages';

const row = (fips: string, postal: string, mean: StateWageRow['mean'], territory = false): StateWageRow => ({ fips, postal, name: postal, territory, mean, sourceId: 's' });
const parities = [
	{ fips: '01', state: 'Alabama', year: 2023, rpp: 89.097 },
	{ fips: '06', state: 'California', year: 2023, rpp: 112.195 },
	{ fips: '02', state: 'Alaska', year: 2023, rpp: 103.297 }
];

describe('priceAdjustedStates', () => {
	const out = priceAdjustedStates([row('01', 'AL', 44000), row('02', 'AK', { missing: 'notAvailable' }), row('06', 'CA', 60000), row('72', 'PR', 30000, true)], parities);
	it('ranks by the adjusted mean, keeps the unadjusted one beside it, leaves territories out', () => {
		expect(out.map((r) => [r.postal, r.mean, r.rpp, r.adjusted])).toEqual([
			['CA', 60000, 112.195, 53478.32],
			['AL', 44000, 89.097, 49384.38],
			['AK', { missing: 'notAvailable' }, 103.297, { missing: 'notAvailable' }]
		]);
	});
	it('no rows, no parities', () => expect(priceAdjustedStates([], [])).toEqual([]));
});
