import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/schema';
import { GROWTH_THRESHOLDS, growthLabel, summarizeGrowth } from '../../../src/lib/model/summarizeGrowth';
import { projection } from '../../fixtures/model/build';

describe('growthLabel', () => {
	it.each([
		[40.2, 'Much faster than average'],
		[8, 'Much faster than average'],
		[7.5, 'Much faster than average'],
		[7.4, 'Faster than average'],
		[7.1, 'Faster than average'],
		[5, 'Faster than average'],
		[4.4, 'As fast as average'],
		[3.1, 'As fast as average'],
		[2, 'As fast as average'],
		[1.4, 'Slower than average'],
		[1, 'Slower than average'],
		[0.4, 'Little or no change'],
		[0, 'Little or no change'],
		[-0.4, 'Little or no change'],
		[-1, 'Little or no change'],
		[-1.4, 'Little or no change'],
		[-1.5, 'Decline'],
		[-2.5, 'Decline'],
		[-12.3, 'Decline']
	])('%d%% → %s', (pct, label) => expect(growthLabel(pct)).toBe(label));

	it.each([[{ missing: 'notAvailable' } as Figure], [Number.NaN], [Number.POSITIVE_INFINITY]])('null for %j', (f) =>
		expect(growthLabel(f)).toBeNull()
	);

	it('thresholds run from high to low and end with a catch-all', () => {
		const mins = GROWTH_THRESHOLDS.map(([m]) => m);
		expect(mins).toEqual([...mins].sort((a, b) => b - a));
		expect(mins.at(-1)).toBe(-Infinity);
	});
});

describe('summarizeGrowth', () => {
	it('carries the published 29-2072 2024–34 figures (thousands) and adds words', () => {
		expect(summarizeGrowth(projection())).toEqual({
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
			label: 'Faster than average'
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
		expect(summarizeGrowth(projection({ percentChange })).direction).toBe(direction);
	});

	it('does not derive a missing change from the employment figures', () => {
		const s = summarizeGrowth(projection({ change: { missing: 'notAvailable' }, percentChange: { missing: 'notAvailable' } }));
		expect(s.change).toEqual({ missing: 'notAvailable' });
		expect(s.label).toBeNull();
	});
});
