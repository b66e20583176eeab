import { describe, expect, it } from 'vitest';
import type { GrowthPoint } from '../../../src/lib/charts/layoutGrowthScatter';
import { growthExport } from '../../../src/lib/export/growthExport';
import { SOURCES } from './sources';

const points: GrowthPoint[] = [
	{ soc: '29-2072', label: 'Medical Records Specialists', wage: 50250, change: 7.1, openings: 14.2, emphasis: true, labelled: true },
	{ soc: '43-3021', label: 'Billing and Posting Clerks', wage: 47000, change: -5.4, openings: { missing: 'notAvailable' }, emphasis: true, labelled: true }
];

describe('growthExport', () => {
	const out = growthExport(points, { sources: SOURCES, sourceId: 'ep-2024-34' }, 'Growth versus pay');

	it('median wage, percent change and openings per occupation, in the given order', () => {
		expect(out.map((r) => `${r.soc} ${r.statistic} ${r.unit} ${r.value}${r.status}`)).toEqual([
			'29-2072 median usd_per_year 50250',
			'29-2072 percent_change percent 7.1',
			'29-2072 openings_per_year thousands 14.2',
			'43-3021 median usd_per_year 47000',
			'43-3021 percent_change percent -5.4',
			'43-3021 openings_per_year thousands notAvailable'
		]);
	});

	it('names the source on every row', () => {
		for (const r of out) expect(r.source).toContain('Table 1.2 Occupational projections');
	});
});
