import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/schema';
import { allOccupationsRate, growthLabel, summarizeGrowth } from '../../../src/lib/model/summarizeGrowth';
import { projection } from '../../fixtures/model/build';

const NA: Figure = { missing: 'notAvailable' };
/** Employment Projections 2024–34, Table 1.2, 00-0000 Total, all occupations. */
const ALL = 3.1;

describe('growthLabel', () => {
	it.each([
		[40.2, ALL, 'above the 3.1% for all occupations'],
		[7.1, ALL, 'above the 3.1% for all occupations'],
		[3.2, ALL, 'above the 3.1% for all occupations'],
		[3.1, ALL, 'the same as the 3.1% for all occupations'],
		[3.0, ALL, 'below the 3.1% for all occupations'],
		[0, ALL, 'below the 3.1% for all occupations'],
		[-12.3, ALL, 'below the 3.1% for all occupations'],
		[5.2, 5.2, 'the same as the 5.2% for all occupations'],
		[4, -0.5, 'above the −0.5% for all occupations']
	] as [Figure, Figure, string][])('%j against %j → %s', (pct, all, label) => expect(growthLabel(pct, all)).toBe(label));

	it.each([
		['rate not published', NA, ALL],
		['rate NaN', Number.NaN, ALL],
		['rate infinite', Number.POSITIVE_INFINITY, ALL],
		['all-occupations rate missing', 7.1, NA],
		['all-occupations rate NaN', 7.1, Number.NaN]
	] as [string, Figure, Figure][])('null when %s', (_n, pct, all) => expect(growthLabel(pct, all)).toBeNull());

	it('never uses a BLS phrase whose bands are not in the data', () => {
		for (const pct of [-20, -1, 0, 1, 3.1, 5, 8, 40]) expect(growthLabel(pct, ALL)).not.toMatch(/average|decline|little or no/i);
	});
});

describe('allOccupationsRate', () => {
	it.each([
		['the 00-0000 row', [projection(), projection({ soc: '00-0000', percentChange: 3.1 })], 3.1],
		['a not-published 00-0000 rate', [projection({ soc: '00-0000', percentChange: NA })], NA],
		['no 00-0000 row', [projection()], NA],
		['no rows', [], NA]
	] as const)('%s', (_n, rows, expected) => expect(allOccupationsRate(rows)).toEqual(expected));
});

describe('summarizeGrowth', () => {
	it('carries the published 29-2072 2024–34 figures (thousands) and adds words', () => {
		expect(summarizeGrowth(projection(), ALL)).toEqual({
			soc: '29-2072',
			title: 'Medical records specialists',
			sourceId: 'ep-2024-34',
			baseYear: 2024,
			targetYear: 2034,
			employmentBase: 194.8,
			employmentTarget: 208.6,
			change: 13.8,
			percentChange: 7.1,
			openingsPerYear: 14.2,
			direction: 'grows',
			label: 'above the 3.1% for all occupations'
		});
	});

	it.each([
		[7.1, 'grows'],
		[0.6, 'grows'],
		[0.4, 'stable'],
		[0, 'stable'],
		[-0.4, 'stable'],
		[-0.6, 'declines'],
		[-9.8, 'declines'],
		[{ missing: 'notAvailable' }, 'unknown']
	] as [Figure, string][])('percent change %j → %s', (percentChange, direction) => {
		expect(summarizeGrowth(projection({ percentChange }), ALL).direction).toBe(direction);
	});

	it('does not derive a missing change from the employment figures', () => {
		const s = summarizeGrowth(projection({ change: { missing: 'notAvailable' }, percentChange: { missing: 'notAvailable' } }), ALL);
		expect(s.change).toEqual({ missing: 'notAvailable' });
		expect(s.label).toBeNull();
	});
});
