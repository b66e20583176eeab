import { describe, expect, it } from 'vitest';
import type { PaybackSeries } from '../../../src/lib/charts/layoutPayback';
import { paybackExport } from '../../../src/lib/export/paybackExport';
import type { PaybackAssumption } from '../../../src/lib/model/paybackInputs';
import { SOURCES } from './sources';

const coder: PaybackSeries = { soc: '29-2072', label: 'Medical records specialists', cumulative: [50000, 100000, 150000], missing: null, overtakesIn: null, reference: true };
const nmt: PaybackSeries = { soc: '29-2033', label: 'Nuclear medicine technologists', cumulative: [-10000, -20000, 70000], missing: null, overtakesIn: null, reference: false };
const gap: PaybackSeries = { soc: '29-1071', label: 'Physician assistants', cumulative: [], missing: 'topCoded', overtakesIn: null, reference: false };
const assume = (soc: string, trainingYears: number, tuitionPerYear: number): PaybackAssumption => ({
	soc,
	title: soc,
	education: '',
	defaultYears: trainingYears,
	yearsEdited: false,
	tuitionEntered: tuitionPerYear > 0,
	input: { soc, trainingYears, tuitionPerYear, pay: 1 }
});
const provenance = { sources: SOURCES, sourceId: 'oews-national-2024' };

describe('paybackExport', () => {
	it('exactly the drawn points: one row per career and year, in order', () => {
		const out = paybackExport([coder, nmt], [assume('29-2072', 0, 0), assume('29-2033', 2, 10000)], 'median', provenance, 'Payback');
		expect(out.map((r) => [r.soc, r.statistic, r.unit, r.value, r.status])).toEqual([
			['29-2072', 'cumulative_earnings_year_1', 'usd', '50000', ''],
			['29-2072', 'cumulative_earnings_year_2', 'usd', '100000', ''],
			['29-2072', 'cumulative_earnings_year_3', 'usd', '150000', ''],
			['29-2033', 'cumulative_earnings_year_1', 'usd', '-10000', ''],
			['29-2033', 'cumulative_earnings_year_2', 'usd', '-20000', ''],
			['29-2033', 'cumulative_earnings_year_3', 'usd', '70000', '']
		]);
		expect(out[0]).toMatchObject({ source_id: 'oews-national-2024', release: 'May 2024', chart: 'Payback', area: 'U.S.' });
		expect(out[0].note).toContain('Reference career');
		expect(out[3].note).toMatch(/^Calculation, not a forecast: 2 years in training at \$10000 tuition a year, then the median annual wage/);
		expect(out[3].note).toContain('no raises, no taxes, no inflation');
	});
	it('a career without pay: one row with the reason, never 0', () => {
		expect(paybackExport([gap], [assume('29-1071', 6, 0)], 'median', provenance, 'P').map((r) => [r.value, r.status])).toEqual([['', 'topCoded']]);
	});
	it('says from which year a career stays ahead', () => {
		expect(paybackExport([{ ...nmt, overtakesIn: 3 }], [], 'p75', provenance, 'P')[0].note).toContain('Ahead of the reference from year 3.');
	});
});
