import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/schema';
import { outlookExport } from '../../../src/lib/export/outlookExport';
import { summarizeGrowth } from '../../../src/lib/model/summarizeGrowth';
import { projection } from '../../fixtures/model/build';
import { SOURCES } from './sources';

const NA: Figure = { missing: 'notAvailable' };
const rows = [
	{ soc: '29-2072', label: 'Medical records specialists', emphasis: true, growth: summarizeGrowth(projection(), 3.1) },
	{ soc: '43-3021', label: 'Billing and posting clerks', emphasis: false, growth: summarizeGrowth(projection({ soc: '43-3021', percentChange: -5.4 }), 3.1) },
	{ soc: '29-9999', label: 'Unpublished', emphasis: false, growth: summarizeGrowth(projection({ soc: '29-9999', percentChange: NA }), 3.1) }
];

describe('outlookExport', () => {
	const out = outlookExport(rows, { sources: SOURCES }, 'Job outlook by career');
	const cell = (soc: string, statistic: string) => out.find((r) => r.soc === soc && r.statistic === statistic)!;

	it('names the projections source and its release on every row', () => {
		expect(out).toHaveLength(rows.length * 6);
		for (const r of out) expect(r).toMatchObject({ source_id: 'ep-2024-34', release: '2024–34', area: 'U.S.', naics: '', own_code: '' });
	});

	it.each([
		['employment_base', 'thousands', '194.8'],
		['employment_target', 'thousands', '208.6'],
		['employment_change', 'thousands', '13.8'],
		['percent_change', 'percent', '7.1'],
		['openings_per_year', 'thousands', '14.2'],
		['growth_outlook', 'text', 'above the 3.1% for all occupations']
	])('%s in %s is %s, as published', (statistic, unit, value) => {
		expect(cell('29-2072', statistic)).toMatchObject({ unit, value, status: '' });
	});

	it('a decline stays a plain negative number; an unpublished change says why', () => {
		expect(cell('43-3021', 'percent_change').value).toBe('-5.4');
		expect(cell('29-9999', 'percent_change')).toMatchObject({ value: '', status: 'notAvailable' });
		expect(cell('29-9999', 'growth_outlook')).toMatchObject({ value: '', status: 'notAvailable' });
	});
});
