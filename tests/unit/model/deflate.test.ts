import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/schema';
import { baseYearOf, deflate, deflateSurveyRows, deflateTrend, dollarsLabel } from '../../../src/lib/model/deflate';
import type { SurveyRow } from '../../../src/lib/model/surveyRows';

const cpi = [
	{ year: 2019, index: 255.657 },
	{ year: 2024, index: 313.689 },
	{ year: 2025, index: 321.943 }
];

describe('deflate', () => {
	it.each<[string, Figure, number, number, Figure]>([
		['May 2019 median in 2025 dollars', 42630, 2019, 2025, 53682.98],
		['the base year is unchanged', 51140, 2025, 2025, 51140],
		['hourly to the cent', 20.5, 2024, 2025, 21.04],
		['zero stays zero', 0, 2019, 2025, 0],
		['a top-coded figure keeps its reason', { missing: 'topCoded' }, 2019, 2025, { missing: 'topCoded' }],
		['a year without CPI is not available, never nominal', 50000, 2018, 2025, { missing: 'notAvailable' }],
		['a base without CPI is not available', 50000, 2019, 2030, { missing: 'notAvailable' }]
	])('%s', (_n, value, year, base, expected) => expect(deflate(value, year, cpi, base)).toEqual(expected));

	it('the base year is the latest CPI year; none without data', () => {
		expect(baseYearOf(cpi)).toBe(2025);
		expect(baseYearOf([])).toBeNull();
		expect(dollarsLabel(2025)).toBe('in 2025 dollars (CPI-U)');
	});

	it('a trend keeps its gaps and says how each point was deflated', () => {
		const points = deflateTrend(
			[
				{ sourceId: 'a', release: 'May 2019', date: '2019-05-01', value: { missing: 'notInRelease' }, note: 'hybrid' },
				{ sourceId: 'b', release: 'May 2024', date: '2024-05-01', value: 50250, note: '' }
			],
			cpi,
			2025
		);
		expect(points[0]).toEqual({ sourceId: 'a', release: 'May 2019', date: '2019-05-01', value: { missing: 'notInRelease' }, note: 'hybrid' });
		expect(points[1].value).toBe(51572.21);
		expect(points[1].note).toBe('in 2025 dollars (CPI-U): May 2024 value × CPI-U 2025 / CPI-U 2024 (annual averages)');
	});
});

describe('deflateSurveyRows', () => {
	const row = (surveyYear: number, value: number, notes = ''): SurveyRow => ({
		key: `${surveyYear}`,
		sourceId: 'aapc',
		organization: 'AAPC',
		surveyYear,
		reportLabel: 'salary survey',
		dimension: 'credential',
		category: 'CPC',
		statistic: 'mean',
		value,
		population: 'members',
		sourceUrl: '',
		sourceKind: '',
		notes,
		conflict: false
	});
	const base = baseYearOf(cpi)!;
	it.each([
		['the base year keeps its value', row(base, 60000), 60000],
		['an earlier year is raised by the CPI-U ratio, rounded to the dollar', row(cpi[0].year, 50000), Math.round((50000 * cpi.find((c) => c.year === base)!.index) / cpi[0].index)]
	])('%s', (_n, r, value) => {
		const { rows, skipped } = deflateSurveyRows([r], cpi, base);
		expect(skipped).toEqual([]);
		expect(rows[0].value).toBe(value);
		expect(rows[0].notes).toContain(`${dollarsLabel(base)}: ${r.surveyYear} figure × CPI-U ${base} / CPI-U ${r.surveyYear}`);
	});
	it('keeps earlier notes, then says how the figure was converted', () => {
		expect(deflateSurveyRows([row(base, 1, 'quoted by a third party')], cpi, base).rows[0].notes).toMatch(/^quoted by a third party; in /);
	});
	it('a year without a CPI-U average is skipped, never shown at its nominal value', () => {
		const { rows, skipped } = deflateSurveyRows([row(1990, 30000), row(base, 1)], cpi, base);
		expect(rows.map((r) => r.surveyYear)).toEqual([base]);
		expect(skipped.map((r) => r.surveyYear)).toEqual([1990]);
	});
	it('no rows → none', () => expect(deflateSurveyRows([], cpi, base)).toEqual({ rows: [], skipped: [] }));
});
