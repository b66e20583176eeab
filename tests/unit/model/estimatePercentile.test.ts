import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/schema';
import { estimatePercentile } from '../../../src/lib/model/estimatePercentile';
import { CRNA_2023_ANNUAL, MRS_2023_ANNUAL, TOP, wage, wageSet } from '../../fixtures/model/build';

const NA: Figure = { missing: 'notAvailable' };
const mrs = MRS_2023_ANNUAL; // 35080, 39620, 48780, 61960, 77810

describe('estimatePercentile', () => {
	it.each([
		['the published median', mrs, 48780, { kind: 'within', percentile: 50, approximate: true }],
		['exactly p10', mrs, 35080, { kind: 'within', percentile: 10, approximate: true }],
		['exactly p25', mrs, 39620, { kind: 'within', percentile: 25, approximate: true }],
		['exactly p75', mrs, 61960, { kind: 'within', percentile: 75, approximate: true }],
		['exactly p90', mrs, 77810, { kind: 'within', percentile: 90, approximate: true }],
		// (55370 − 48780) / (61960 − 48780) = 0.5 → 50 + 0.5 × 25
		['halfway median–p75', mrs, 55370, { kind: 'within', percentile: 63, approximate: true }],
		// (37350 − 35080) / (39620 − 35080) = 0.5 → 10 + 0.5 × 15 = 17.5
		['halfway p10–p25 rounds', mrs, 37350, { kind: 'within', percentile: 18, approximate: true }],
		['just above p75', mrs, 62000, { kind: 'within', percentile: 75, approximate: true }],
		['below p10', mrs, 30000, { kind: 'below', percentile: 10 }],
		['above p90', mrs, 90000, { kind: 'above', percentile: 90 }],
		['hourly set', wage().hourly, 23.45, { kind: 'within', percentile: 50, approximate: true }],
		['hourly between', wage().hourly, 26.62, { kind: 'within', percentile: 63, approximate: true }]
	] as const)('%s', (_n, set, salary, expected) => expect(estimatePercentile(set, salary)).toEqual(expected));

	it.each([
		['above the median, p75 and p90 top-coded', CRNA_2023_ANNUAL, 230000, { kind: 'above', percentile: 50 }],
		['above p75, p90 top-coded', wageSet(10, 20, 30, 40, TOP), 45, { kind: 'above', percentile: 75 }]
	] as const)('bounds honestly: %s', (_n, set, salary, expected) => {
		const got = estimatePercentile(set, salary);
		expect(got).toMatchObject(expected);
		expect(got.kind === 'above' && got.note).toMatch(/top-coded/);
	});

	it.each([
		['top-coded points above the salary are not needed', CRNA_2023_ANNUAL, 196745, { kind: 'within', percentile: 38, approximate: true }],
		['a missing p25 is not needed above the median', wageSet(10, NA, 30, 40, 50), 35, { kind: 'within', percentile: 63, approximate: true }],
		['a missing point between the neighbours', wageSet(10, NA, 30, 40, 50), 20, { kind: 'unknown', reason: 'notAvailable' }],
		['missing p10 and a low salary', wageSet(NA, 20, 30, 40, 50), 5, { kind: 'unknown', reason: 'notAvailable' }],
		['missing p90 and a high salary', wageSet(10, 20, 30, 40, NA), 60, { kind: 'unknown', reason: 'notAvailable' }],
		['few establishments', wageSet(10, 20, { missing: 'fewEstablishments' }, 40, 50), 25, { kind: 'unknown', reason: 'fewEstablishments' }],
		['all top-coded', wageSet(TOP, TOP, TOP, TOP, TOP), 300000, { kind: 'unknown', reason: 'topCoded' }],
		['wages not released', wageSet(...(Array(5).fill({ missing: 'notReleased' }) as [Figure, Figure, Figure, Figure, Figure])), 20, { kind: 'unknown', reason: 'notReleased' }],
		['zero salary', mrs, 0, { kind: 'unknown', reason: 'invalidSalary' }],
		['negative salary', mrs, -5, { kind: 'unknown', reason: 'invalidSalary' }],
		['NaN salary', mrs, Number.NaN, { kind: 'unknown', reason: 'invalidSalary' }]
	] as const)('%s', (_n, set, salary, expected) => expect(estimatePercentile(set, salary)).toEqual(expected));

	it('never returns a percentile outside 10–90', () => {
		for (let s = 1000; s < 120000; s += 997) {
			const r = estimatePercentile(mrs, s);
			if (r.kind !== 'unknown') expect(r.percentile).toBeGreaterThanOrEqual(10);
			if (r.kind !== 'unknown') expect(r.percentile).toBeLessThanOrEqual(90);
		}
	});
});
