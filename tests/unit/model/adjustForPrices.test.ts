import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/schema';
import { adjustForPrices } from '../../../src/lib/model/adjustForPrices';

const parities = [
	{ fips: '01', state: 'Alabama', year: 2023, rpp: 89.097 },
	{ fips: '06', state: 'California', year: 2023, rpp: 112.195 },
	{ fips: '11', state: 'District of Columbia', year: 2023, rpp: 100 }
];

describe('adjustForPrices', () => {
	it.each<[string, Figure, string, Figure]>([
		['cheaper prices raise what a wage buys', 44000, '01', 49384.38],
		['dearer prices lower it', 60000, '06', 53478.32],
		['U.S.-average prices leave it', 50000, '11', 50000],
		['a missing wage keeps its reason', { missing: 'notAvailable' }, '01', { missing: 'notAvailable' }],
		['no parity for a territory: not available, never the unadjusted figure', 40000, '72', { missing: 'notAvailable' }]
	])('%s', (_n, value, fips, expected) => expect(adjustForPrices(value, fips, parities)).toEqual(expected));
});
