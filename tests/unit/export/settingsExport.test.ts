import { describe, expect, it } from 'vitest';
import type { Figure, PayBasis } from '../../../src/lib/data/schema';
import { importTidyWages } from '../../../src/lib/data/tidyWages';
import { chartCsv } from '../../../src/lib/export/chartCsv';
import { SETTINGS_STATS, settingsExport } from '../../../src/lib/export/settingsExport';
import type { SettingRow } from '../../../src/lib/model/settingsProfile';
import { PAY_SOURCES } from './sources';

const TOP: Figure = { missing: 'topCoded' };
const NA: Figure = { missing: 'notAvailable' };
const career = { soc: '29-2072', title: 'Medical Records Specialists' };
const provenance = { sources: PAY_SOURCES };

const setting = (naics: string, industry: string, ownCode: string, employment: Figure, median: Figure, parent = '', p90: Figure = 98240): SettingRow => ({
	naics,
	industry,
	ownCode,
	sourceId: parent ? 'oews-industry-2024' : 'oews-sector-2024',
	kind: parent ? 'industry' : 'sector',
	parent,
	employment,
	mean: 70270,
	p10: 46760,
	p25: 58590,
	median,
	p75: 76070,
	p90
});
const rows = [
	setting('52', 'Finance and Insurance', '5', 5790, 63360),
	setting('524100', 'Insurance Carriers', '5', 4430, 63790, '52'),
	setting('62', 'Health Care and Social Assistance', '235', NA, 47000, '', TOP)
];

describe('settingsExport', () => {
	it('has employment and five wage statistics per setting, in the chart and table order', () => {
		const out = settingsExport(rows, career, 'annual', provenance, 'Pay by work setting');
		expect(out).toHaveLength(rows.length * SETTINGS_STATS.length);
		expect(out.map((r) => `${r.naics} ${r.statistic}`)).toEqual(rows.flatMap((r) => SETTINGS_STATS.map((s) => `${r.naics} ${s}`)));
		expect(SETTINGS_STATS).toEqual(['employment', 'p10', 'p25', 'median', 'p75', 'p90']);
	});

	it('is national with each row’s own NAICS code, industry, ownership code and source', () => {
		const out = settingsExport(rows, career, 'annual', provenance, 'Pay by work setting');
		const carriers = out.find((r) => r.naics === '524100' && r.statistic === 'median')!;
		expect(carriers).toMatchObject({
			source_id: 'oews-industry-2024',
			release: 'May 2024',
			area_code: '99',
			area: 'U.S.',
			area_type: 'national',
			industry: 'Insurance Carriers',
			own_code: '5',
			soc: '29-2072',
			occupation: 'Medical Records Specialists',
			unit: 'usd_per_year',
			value: '63790',
			status: '',
			chart: 'Pay by work setting'
		});
		expect(carriers.source).toContain('4-digit industry estimates, May 2024');
		expect(carriers.note).toContain('within sector 52');
		expect(out.find((r) => r.naics === '62')).toMatchObject({ source_id: 'oews-sector-2024', own_code: '235', note: '' });
	});

	it.each([
		['annual', 'usd_per_year'],
		['hourly', 'usd_per_hour']
	] as const)('employment is in people, wages in the chart’s unit (%s)', (basis, unit) => {
		const out = settingsExport(rows, career, basis, provenance, 'chart');
		expect(out.filter((r) => r.statistic === 'employment').every((r) => r.unit === 'people')).toBe(true);
		expect(out.filter((r) => r.statistic !== 'employment').every((r) => r.unit === unit)).toBe(true);
	});

	it('keeps markers as statuses, never as numbers', () => {
		const out = settingsExport(rows, career, 'annual', provenance, 'chart');
		expect(out.find((r) => r.naics === '62' && r.statistic === 'employment')).toMatchObject({ value: '', status: 'notAvailable' });
		expect(out.find((r) => r.naics === '62' && r.statistic === 'p90')).toMatchObject({ value: '', status: 'topCoded' });
	});

	it('no settings, no rows', () => expect(settingsExport([], career, 'annual', provenance, 'chart')).toEqual([]));

	it.each(['annual', 'hourly'] as const)('round trip (%s): read back through importTidyWages, one record per setting with the same figures', (basis: PayBasis) => {
		const back = importTidyWages(chartCsv(settingsExport(rows, career, basis, provenance, 'chart')), 'export.csv');
		expect(back.problems).toEqual([]);
		expect(back.rows).toHaveLength(rows.length);
		for (const row of rows) {
			const record = back.rows.find((r) => r.naics === row.naics)!;
			expect(record).toMatchObject({ sourceId: row.sourceId, areaCode: '99', ownCode: row.ownCode, industry: row.industry, soc: '29-2072', employment: row.employment });
			for (const s of ['p10', 'p25', 'median', 'p75', 'p90'] as const) expect(record[basis][s]).toEqual(row[s]);
		}
	});
});
