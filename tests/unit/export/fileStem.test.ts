import { describe, expect, it } from 'vitest';
import { fileStem, slug } from '../../../src/lib/export/fileStem';

describe('fileStem', () => {
	it.each([
		[['pay-range', ['29-2072', '29-2033'], 'oews-May 2025', 'annual'], 'pay-range_29-2072_29-2033_oews-may-2025_annual'],
		[['trend', ['29-2072'], 'median', '', 'OEWS May 2020 to May 2025'], 'trend_29-2072_median_oews-may-2020-to-may-2025'],
		[['outlook', ['29-2072'], 'projections-2024–34'], 'outlook_29-2072_projections-2024-34'],
		[['growth-vs-pay', Array.from({ length: 40 }, (_, i) => `29-${1000 + i}`), 'projections-2024-34'], 'growth-vs-pay_40-occupations_projections-2024-34']
	] as [Parameters<typeof fileStem>, string][])('%j → %s', (args, expected) => {
		expect(fileStem(...args)).toBe(expected);
	});

	it('slugs leave only lower-case letters, digits and single hyphens', () => {
		expect(slug('  Médical — Records / Specialists ')).toBe('medical-records-specialists');
	});
});
