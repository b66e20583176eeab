import { describe, expect, it } from 'vitest';
import { STATES } from '../../../src/lib/data/states';
import { stateWages } from '../../../src/lib/model/stateWages';
import { wage, wageSet } from '../../fixtures/model/build';

const NOT_IN = { missing: 'notInRelease' } as const;
const state = (areaCode: string, area: string, mean: number, soc = '29-2072') =>
	wage({ sourceId: 'oews-state-2023', areaType: 'state', areaCode, area, naics: '000000', ownCode: '', soc, annual: wageSet(NOT_IN, NOT_IN, NOT_IN, NOT_IN, NOT_IN, mean), hourly: wageSet(NOT_IN, NOT_IN, NOT_IN, NOT_IN, NOT_IN, mean / 2080) });
const rows = [state('01', 'Alabama', 42970), state('06', 'California', 64070), state('72', 'Puerto Rico', 26120), state('01', 'Alabama', 1, '29-9021')];

describe('stateWages', () => {
	const out = stateWages(rows, '29-2072', 'annual');
	it('has one row per area OEWS publishes, DC and territories included', () => {
		expect(out).toHaveLength(STATES.length);
		expect(out.map((r) => r.name)).toEqual(expect.arrayContaining(['District of Columbia', 'Puerto Rico', 'Guam', 'Virgin Islands']));
	});
	it.each([
		['Alabama', 42970],
		['California', 64070],
		['Puerto Rico', 26120]
	])('%s mean is %d', (name, mean) => expect(out.find((r) => r.name === name)!.mean).toBe(mean));
	it('an area without a row says not published', () => {
		expect(out.find((r) => r.name === 'Guam')).toMatchObject({ mean: { missing: 'notAvailable' }, sourceId: '' });
	});
	it('reads hourly means', () => expect(stateWages(rows, '29-2072', 'hourly')[0].mean).toBeCloseTo(42970 / 2080));
	it('another source id gives no figures', () => expect(stateWages(rows, '29-2072', 'annual', 'other').every((r) => typeof r.mean !== 'number')).toBe(true));
});
