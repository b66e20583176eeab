import { describe, expect, it } from 'vitest';
import type { TrendSeries } from '../../../src/lib/charts/layoutTrend';
import type { Figure } from '../../../src/lib/data/schema';
import { importTidyWages } from '../../../src/lib/data/tidyWages';
import { chartCsv } from '../../../src/lib/export/chartCsv';
import { trendExport, trendStatistic } from '../../../src/lib/export/trendExport';
import { HYBRID_2020_NOTE } from '../../../src/lib/model/trendAcrossReleases';
import { SOURCES } from './sources';

const YEARS = [2020, 2021, 2023, 2024];
const NOT_IN: Figure = { missing: 'notInRelease' };
const TOP: Figure = { missing: 'topCoded' };
const trend = (soc: string, label: string, values: Figure[], notes: string[] = []): TrendSeries => ({
	soc,
	label,
	points: values.map((value, i) => ({ sourceId: `oews-national-${YEARS[i]}`, release: `May ${YEARS[i]}`, date: `${YEARS[i]}-05-01`, value, note: notes[i] ?? '' }))
});
const series = [
	trend('29-2072', 'Medical Records Specialists', [NOT_IN, 46660, 48780, 50250], [HYBRID_2020_NOTE]),
	trend('29-1151', 'Nurse Anesthetists', [189190, 195610, TOP, 214200])
];
const provenance = { sources: SOURCES };

describe('trendExport', () => {
	it('has one row per career and release, naming each release’s own source', () => {
		const out = trendExport(series, 'median', 'annual', provenance, 'Pay across releases');
		expect(out).toHaveLength(8);
		expect(out.map((r) => r.source_id)).toEqual([...YEARS, ...YEARS].map((y) => `oews-national-${y}`));
		expect(out.map((r) => r.release).slice(0, 4)).toEqual(YEARS.map((y) => `May ${y}`));
		expect(out.every((r) => r.statistic === 'median' && r.unit === 'usd_per_year' && r.area === 'U.S.')).toBe(true);
	});

	it('keeps a gap as a gap with its note, and top-coded as a status', () => {
		const out = trendExport(series, 'median', 'annual', provenance, 'chart');
		expect(out[0]).toMatchObject({ value: '', status: 'notInRelease', note: HYBRID_2020_NOTE });
		expect(out[6]).toMatchObject({ soc: '29-1151', value: '', status: 'topCoded' });
	});

	it('employment is in people, whatever the wage basis', () => {
		const out = trendExport([trend('29-2072', 'MRS', [NOT_IN, 180000, 185690, 190000])], 'employment', 'hourly', provenance, 'chart');
		expect(new Set(out.map((r) => `${r.statistic}/${r.unit}`))).toEqual(new Set(['employment/people']));
	});

	it('round trip: the CSV read back through importTidyWages gives the same value for every career and release', () => {
		const back = importTidyWages(chartCsv(trendExport(series, 'median', 'annual', provenance, 'chart')), 'trend.csv');
		expect(back.problems).toEqual([]);
		for (const s of series)
			for (const p of s.points) {
				const record = back.rows.find((r) => r.soc === s.soc && r.sourceId === p.sourceId)!;
				expect(record.annual.median).toEqual(p.value);
			}
	});

	it.each([
		['median', undefined, 'median'],
		['median', 'in 2025 dollars (CPI-U)', 'median_in_2025_dollars_cpi_u'],
		['p90', 'in 2025 dollars (CPI-U)', 'p90_in_2025_dollars_cpi_u'],
		['employment', 'in 2025 dollars (CPI-U)', 'employment']
	] as const)('statistic of %s %s: %s', (stat, dollars, expected) => expect(trendStatistic(stat, dollars)).toBe(expected));

	it('constant dollars: every wage row names the deflated statistic and is not read back as the published median', () => {
		const out = trendExport(series, 'median', 'annual', provenance, 'chart', 'in 2025 dollars (CPI-U)');
		expect(out.every((r) => r.statistic === 'median_in_2025_dollars_cpi_u' && r.unit === 'usd_per_year')).toBe(true);
		const back = importTidyWages(chartCsv(out), 'trend.csv');
		expect(back.rows).toEqual([]);
		expect(back.problems.every((p) => p.reason.includes('Unknown statistic'))).toBe(true);
	});
});
