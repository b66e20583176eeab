import { describe, expect, it } from 'vitest';
import { chooseCareers } from '../../../src/lib/model/chooseCareers';
import { career } from '../../fixtures/model/build';

const socs = ['29-2072', '29-9021', '43-3021', '11-9111', '29-2036', '29-2033', '29-2034', '29-1071'];
const careers = socs.map((s) => career(s, `Career ${s}`));

describe('chooseCareers', () => {
	it.each([
		['keeps the asked order', ['29-1071', '29-2072'], 6, ['29-1071', '29-2072'], [], []],
		['drops repeats', ['29-2072', '29-2072', ' 29-2072 '], 6, ['29-2072'], [], []],
		['reports unknown and malformed codes once', ['29-2072', '99-9999', 'abc', '292072', 'abc'], 6, ['29-2072'], ['99-9999', 'abc', '292072'], []],
		['ignores blanks', ['', '  ', '29-2036'], 6, ['29-2036'], [], []],
		['caps at max and says which were left out', socs, 6, socs.slice(0, 6), [], socs.slice(6)],
		['invalid codes do not use up the cap', ['x', 'y', ...socs.slice(0, 3)], 2, socs.slice(0, 2), ['x', 'y'], ['43-3021']],
		['max 0', ['29-2072'], 0, [], [], ['29-2072']],
		['nothing asked', [], 6, [], [], []]
	])('%s', (_n, asked, max, chosen, invalid, overLimit) => {
		const got = chooseCareers(careers, asked, max);
		expect(got.careers.map((c) => c.soc)).toEqual(chosen);
		expect(got.invalid).toEqual(invalid);
		expect(got.overLimit).toEqual(overLimit);
	});

	it('defaults to six', () => expect(chooseCareers(careers, socs).careers).toHaveLength(6));

	it('returns the career objects themselves', () => expect(chooseCareers(careers, ['29-2036']).careers[0]).toBe(careers[4]));
});
