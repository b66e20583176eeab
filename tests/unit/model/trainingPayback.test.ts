import { describe, expect, it } from 'vitest';
import { trainingPayback, type PaybackInput } from '../../../src/lib/model/trainingPayback';

const coder: PaybackInput = { soc: '29-2072', trainingYears: 0, tuitionPerYear: 0, pay: 50000 };
const nmt: PaybackInput = { soc: '29-2033', trainingYears: 2, tuitionPerYear: 10000, pay: 90000 };

describe('trainingPayback', () => {
	it.each<[string, PaybackInput[], number, number[][], (number | null)[]]>([
		['zero training: pay from year one', [coder], 3, [[50000, 100000, 150000]], [null]],
		['two years of training with tuition, then higher pay, overtaking in year 4', [coder, nmt], 5, [[50000, 100000, 150000, 200000, 250000], [-10000, -20000, 70000, 160000, 250000]], [null, null]],
		['overtaking: the year from which it stays ahead', [coder, nmt], 6, [[50000, 100000, 150000, 200000, 250000, 300000], [-10000, -20000, 70000, 160000, 250000, 340000]], [null, 6]],
		['a horizon shorter than training: only costs', [coder, nmt], 1, [[50000], [-10000]], [null, null]],
		['a fractional year of training (4 months)', [{ ...coder, trainingYears: 0.25, tuitionPerYear: 4000 }], 2, [[36500, 86500]], [null]],
		['a zero horizon', [coder], 0, [[]], [null]]
	])('%s', (_n, careers, horizon, cumulative, overtakes) => {
		const out = trainingPayback(careers, horizon, '29-2072');
		expect(out.map((r) => r.cumulative)).toEqual(cumulative);
		expect(out.map((r) => r.overtakesIn)).toEqual(overtakes);
	});

	it('missing pay gives no figures and says why, never zero', () => {
		const [, r] = trainingPayback([coder, { ...nmt, pay: { missing: 'topCoded' } }], 5, '29-2072');
		expect(r).toEqual({ soc: '29-2033', cumulative: [], missing: 'topCoded', overtakesIn: null });
	});
	it('a reference with missing pay: nobody overtakes it', () => {
		const out = trainingPayback([{ ...coder, pay: { missing: 'notAvailable' } }, nmt], 10, '29-2072');
		expect(out.map((r) => r.overtakesIn)).toEqual([null, null]);
	});
	it('ahead from year one counts as year 1', () => {
		expect(trainingPayback([coder, { ...coder, soc: 'x', pay: 60000 }], 3, '29-2072')[1].overtakesIn).toBe(1);
	});
});
