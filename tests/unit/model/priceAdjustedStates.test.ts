import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/schema';
import { priceAdjustedStates } from '../../../src/lib/model/priceAdjustedStates';
import type { StateWageRow } from '../../../src/lib/model/stateWages';

const row = (fips: string, postal: string, mean: Figure, territory = false): StateWageRow => ({ fips, postal, name: postal, territory, mean, sourceId: 's' });
const parities = [
	{ fips: '01', state: 'Alabama', year: 2023, rpp: 89.097 },
	{ fips: '06', state: 'California', year: 2023, rpp: 112.195 },
	{ fips: '02', state: 'Alaska', year: 2023, rpp: 103.297 },
	{ fips: '11', state: 'District of Columbia', year: 2023, rpp: 110.713 },
	{ fips: '15', state: 'Hawaii', year: 2023, rpp: 109.703 }
];
const NA: Figure = { missing: 'notAvailable' };
const TOP: Figure = { missing: 'topCoded' };
const rows = [
	row('01', 'AL', 42970),
	row('02', 'AK', NA),
	row('06', 'CA', 64070),
	row('11', 'DC', TOP),
	row('15', 'HI', { missing: 'fewEstablishments' }),
	row('72', 'PR', 29000, true),
	row('66', 'GU', TOP, true),
	row('56', 'WY', 50000)
];

describe('priceAdjustedStates', () => {
	const out = priceAdjustedStates(rows, parities, 239200);
	const by = (postal: string) => out.find((r) => r.postal === postal)!;
	it('keeps every area, in the order given', () => expect(out.map((r) => r.postal)).toEqual(rows.map((r) => r.postal)));
	it.each<[string, string, number | null, Figure, string]>([
		// 42,970 / 0.89097 = 48,228.34 (May 2023 state mean of 29-2072 in Alabama, BEA RPP 2023 89.097)
		['a cheaper state: the mean buys more', 'AL', 89.097, 48228.34, ''],
		['a dearer state: less', 'CA', 112.195, 57105.93, ''],
		['no published mean: no figure, and why', 'AK', 103.297, NA, 'no published mean'],
		['another missing reason is named', 'HI', 109.703, { missing: 'fewEstablishments' }, 'no published mean: too few establishments to publish'],
		['a top-coded mean stays top-coded', 'DC', 110.713, TOP, 'top-coded mean: only a lower bound is published'],
		['a territory has no parity: no figure, never the published mean', 'PR', null, NA, 'no BEA price parity for territories'],
		['a top-coded territory has no figure either', 'GU', null, NA, 'no BEA price parity for territories'],
		['a state missing from the parity file says so', 'WY', null, NA, 'no BEA price parity in the data for this state']
	])('%s (%s)', (_n, postal, rpp, adjusted, why) => {
		expect(by(postal)).toMatchObject({ rpp, adjusted, why });
	});
	it('keeps the published mean beside the adjusted one', () => expect(by('AL').mean).toBe(42970));
	it('divides the top code the same way (what a top-coded adjusted mean is at least)', () => {
		expect(by('DC').adjustedTopCode).toBe(216054.12);
		expect(by('PR').adjustedTopCode).toEqual(NA);
	});
	it('no rows, no parities', () => expect(priceAdjustedStates([], [])).toEqual([]));
});
