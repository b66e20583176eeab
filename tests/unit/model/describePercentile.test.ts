import { describe, expect, it } from 'vitest';
import { describePercentile, ordinal } from '../../../src/lib/model/describePercentile';
import { estimatePercentile } from '../../../src/lib/model/estimatePercentile';
import { CRNA_2023_ANNUAL, MRS_2023_ANNUAL } from '../../fixtures/model/build';

describe('ordinal', () => {
	it.each([
		[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [10, '10th'], [11, '11th'], [12, '12th'], [13, '13th'],
		[21, '21st'], [22, '22nd'], [23, '23rd'], [50, '50th'], [63, '63rd'], [90, '90th'], [111, '111th']
	])('%d → %s', (n, s) => expect(ordinal(n)).toBe(s));
});

describe('describePercentile', () => {
	it.each([
		// OEWS May 2023, 29-2072: the published median.
		[MRS_2023_ANNUAL, 48780, 'about the 50th percentile — half earn less'],
		[MRS_2023_ANNUAL, 55370, 'about the 63rd percentile — about 63 in 100 earn less'],
		[MRS_2023_ANNUAL, 35080, 'about the 10th percentile — about 10 in 100 earn less'],
		[MRS_2023_ANNUAL, 30000, 'below the 10th percentile — more than 9 in 10 earn more'],
		[MRS_2023_ANNUAL, 90000, 'above the 90th percentile — more than 9 in 10 earn less'],
		[CRNA_2023_ANNUAL, 230000, 'above the median at least — more than half earn less'],
		[MRS_2023_ANNUAL, 0, 'no estimate — enter a salary above zero']
	])('%#: %d → %s', (set, salary, headline) => expect(describePercentile(estimatePercentile(set, salary)).headline).toBe(headline));

	it('says the estimate is a straight-line approximation', () => {
		expect(describePercentile(estimatePercentile(MRS_2023_ANNUAL, 50000)).detail).toMatch(/straight line/);
	});
	it('names the top-coding when only a lower bound is known', () => {
		expect(describePercentile(estimatePercentile(CRNA_2023_ANNUAL, 230000)).detail).toMatch(/top-coded/);
	});
	it('says why there is no estimate when a needed point is missing', () => {
		const words = describePercentile({ kind: 'unknown', reason: 'notAvailable' });
		expect(words.headline).toMatch(/no estimate/);
		expect(words.detail).toContain('not published');
	});
	it('above a lower percentile than the median', () => {
		expect(describePercentile({ kind: 'above', percentile: 75, note: 'n' }).headline).toBe('above the 75th percentile at least — more than 75 in 100 earn less');
	});
});
