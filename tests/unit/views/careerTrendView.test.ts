import { describe, expect, it } from 'vitest';
import type { CpiYear } from '../../../src/lib/data/cpiCodec';
import { careerTrendView } from '../../../src/lib/views/careerTrendView';
import { source, wage, wageSet } from '../../fixtures/model/build';

// CPI-U annual averages of the data (BLS CUUR0000SA0): 2023 304.702, 2024 313.689, 2025 321.943.
const CPI: CpiYear[] = [
	{ year: 2023, index: 304.702 },
	{ year: 2024, index: 313.689 },
	{ year: 2025, index: 321.943 }
];
const releases = [source('oews-national-2023', '2023-05-01', { topCodeAnnual: 239200 }), source('oews-national-2024', '2024-05-01', { topCodeAnnual: 239200 })];
const history = [wage({ sourceId: 'oews-national-2023' }), wage({ sourceId: 'oews-national-2024', annual: wageSet(36000, 40000, 50250, 62000, 78000) })];
const careers = [{ soc: '29-2072', title: 'Medical Records Specialists' }];
const view = (search: string, cpi = CPI) => careerTrendView(history, releases, careers, new URLSearchParams(search), cpi, releases);
const cents = (v: number) => Math.round(v * 100) / 100;

describe('careerTrendView', () => {
	it.each<[string, string, number[], string | undefined]>([
		['no parameter: dollars as published', '', [48780, 50250], undefined],
		['?dollars=nominal: the same', '?dollars=nominal', [48780, 50250], undefined],
		// 48,780 × 321.943 / 304.702 and 50,250 × 321.943 / 313.689
		['?dollars=real: each release deflated with its own year', '?dollars=real', [cents((48780 * 321.943) / 304.702), cents((50250 * 321.943) / 313.689)], 'in 2025 dollars (CPI-U)']
	])('%s', (_n, search, values, dollars) => {
		const v = view(search);
		expect(v.invalid).toEqual([]);
		expect(v.trend.series[0].points.map((p) => p.value)).toEqual(values);
		expect(v.trend.dollars).toBe(dollars);
		expect(v.trend.stat).toBe('median');
	});

	it('real dollars: the source line names the CPI-U, each point says how, top codes are deflated too', () => {
		const v = view('?dollars=real');
		expect(v.base).toBe(2025);
		expect(v.trend.source).toContain('May 2023, 2024.');
		expect(v.trend.source).toContain('Deflated with the BLS CPI-U (all items, U.S. city average) annual average of each reference year, in 2025 dollars (CPI-U).');
		expect(v.trend.series[0].points[0].note).toBe('in 2025 dollars (CPI-U): May 2023 value × CPI-U 2025 / CPI-U 2023 (annual averages)');
		expect(v.trend.topCodes['oews-national-2023']).toBe(cents((239200 * 321.943) / 304.702));
	});

	it('as published: no CPI-U sentence, top codes as published', () => {
		const v = view('');
		expect(v.trend.source).not.toContain('CPI-U');
		expect(v.trend.topCodes['oews-national-2024']).toBe(239200);
	});

	it.each([
		['an unknown word gives a notice and dollars as published', '?dollars=2025', ['Dollars "2025" is not one of: nominal, real']],
		['the page’s other parameters are not its business', '?horizon=30&dollars=real', []]
	])('%s', (_n, search, invalid) => expect(view(search).invalid).toEqual(invalid));

	it('without CPI-U data: no base year and dollars as published even when asked', () => {
		const v = view('?dollars=real', []);
		expect(v.base).toBeNull();
		expect(v.trend.series[0].points[1].value).toBe(50250);
		expect(v.trend.dollars).toBeUndefined();
	});
});
