import { describe, expect, it } from 'vitest';
import type { PaySummary } from '../../../src/lib/model/summarizePay';
import { paybackInputs, type PaybackCareer } from '../../../src/lib/model/paybackInputs';

const pay = (p25: number, median: number, p75: number) => ({ p25, median, p75 }) as PaySummary;
const coder: PaybackCareer = { soc: '29-2072', title: 'Medical records specialists', education: 'Postsecondary nondegree award', pay: pay(40000, 50000, 60000) };
const nmt: PaybackCareer = { soc: '29-2033', title: 'Nuclear medicine technologists', education: "Associate's degree", pay: pay(80000, 90000, 100000) };
const none = { horizon: 20, percentile: 'median' as const, years: {}, tuition: {} };

describe('paybackInputs', () => {
	it('defaults: years from the entry education, tuition 0 and marked as not entered, the median', () => {
		const [c, n] = paybackInputs([coder, nmt], none);
		expect(c).toMatchObject({ defaultYears: 1, yearsEdited: false, tuitionEntered: false, input: { soc: '29-2072', trainingYears: 1, tuitionPerYear: 0, pay: 50000 } });
		expect(n.input).toEqual({ soc: '29-2033', trainingYears: 2, tuitionPerYear: 0, pay: 90000 });
	});
	it.each([
		['p25', 40000],
		['p75', 60000]
	] as const)('pay at the %s', (percentile, expected) => expect(paybackInputs([coder], { ...none, percentile })[0].input.pay).toBe(expected));
	it('edited years and entered tuition win over the defaults, zero included', () => {
		const [c] = paybackInputs([coder], { ...none, years: { '29-2072': 0.33 }, tuition: { '29-2072': 0 } });
		expect(c).toMatchObject({ yearsEdited: true, tuitionEntered: true, input: { trainingYears: 0.33, tuitionPerYear: 0 } });
	});
	it('an unknown education: no default (0 used), said so', () => {
		expect(paybackInputs([{ ...coder, education: '' }], none)[0]).toMatchObject({ defaultYears: null, input: { trainingYears: 0 } });
	});
	it('no pay summary: a missing figure, never zero', () => {
		expect(paybackInputs([{ ...coder, pay: null }], none)[0].input.pay).toEqual({ missing: 'notAvailable' });
	});
});
