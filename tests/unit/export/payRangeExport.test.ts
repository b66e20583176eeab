import { describe, expect, it } from 'vitest';
import type { PayRangeRow } from '../../../src/lib/charts/layoutPayRange';
import type { Figure, PayBasis } from '../../../src/lib/data/schema';
import { TIDY_WAGE_COLUMNS, importTidyWages } from '../../../src/lib/data/tidyWages';
import { chartCsv } from '../../../src/lib/export/chartCsv';
import { EXPORT_COLUMNS } from '../../../src/lib/export/exportColumns';
import { PAY_RANGE_STATS, payRangeExport } from '../../../src/lib/export/payRangeExport';
import { SOURCES } from './sources';

const TOP: Figure = { missing: 'topCoded' };
const NA: Figure = { missing: 'notAvailable' };
const provenance = { sources: SOURCES, sourceId: 'oews-national-2023' };

const rows: Record<PayBasis, PayRangeRow[]> = {
	annual: [
		{ soc: '29-2072', label: 'Medical Records Specialists', p10: 35080, p25: 39620, median: 48780, p75: 61960, p90: 77810, emphasis: true },
		{ soc: '29-1151', label: 'Nurse Anesthetists', p10: 139980, p25: 180840, median: 212650, p75: TOP, p90: TOP, emphasis: false },
		{ soc: '29-9999', label: 'Unpublished', p10: NA, p25: NA, median: NA, p75: NA, p90: NA, emphasis: false }
	],
	hourly: [{ soc: '29-2072', label: 'Medical Records Specialists', p10: 16.87, p25: 19.05, median: 23.45, p75: 29.79, p90: 37.41, emphasis: true }]
};

describe('payRangeExport', () => {
	it('writes the tidy wage columns first, then the context columns', () => {
		expect(EXPORT_COLUMNS.slice(0, TIDY_WAGE_COLUMNS.length)).toEqual([...TIDY_WAGE_COLUMNS]);
		expect(EXPORT_COLUMNS.slice(TIDY_WAGE_COLUMNS.length)).toEqual(['source', 'chart', 'note']);
	});

	it('has five statistics per career, in the chart order, each with source, release, unit and area', () => {
		const out = payRangeExport(rows.annual, 'annual', provenance, 'Pay range by career');
		expect(out).toHaveLength(rows.annual.length * PAY_RANGE_STATS.length);
		expect(out.map((r) => `${r.soc} ${r.statistic}`).slice(0, 5)).toEqual(PAY_RANGE_STATS.map((s) => `29-2072 ${s}`));
		for (const r of out) {
			expect(r).toMatchObject({ source_id: 'oews-national-2023', release: 'May 2023', unit: 'usd_per_year', area: 'U.S.', area_code: '99', naics: '000000', chart: 'Pay range by career' });
			expect(r.source).toContain('OEWS national cross-industry estimates, May 2023');
		}
	});

	it('keeps markers as statuses, never as numbers', () => {
		const out = payRangeExport(rows.annual, 'annual', provenance, 'chart');
		expect(out.find((r) => r.soc === '29-1151' && r.statistic === 'p90')).toMatchObject({ value: '', status: 'topCoded' });
		expect(out.find((r) => r.soc === '29-9999' && r.statistic === 'median')).toMatchObject({ value: '', status: 'notAvailable' });
	});

	it.each(['annual', 'hourly'] as const)('round trip (%s): the CSV read back through importTidyWages gives the same figures', (basis) => {
		const text = chartCsv(payRangeExport(rows[basis], basis, provenance, 'Pay range'));
		const back = importTidyWages(text, 'export.csv');
		expect(back.problems).toEqual([]);
		expect(back.rejected).toBe(0);
		expect(back.rows).toHaveLength(rows[basis].length);
		for (const row of rows[basis]) {
			const record = back.rows.find((r) => r.soc === row.soc)!;
			expect(record).toMatchObject({ sourceId: 'oews-national-2023', areaCode: '99', naics: '000000', title: row.label });
			for (const s of PAY_RANGE_STATS) expect(record[basis][s]).toEqual(row[s]);
		}
	});
});
