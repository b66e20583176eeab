import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/schema';
import { importTidyWages } from '../../../src/lib/data/tidyWages';
import { chartCsv } from '../../../src/lib/export/chartCsv';
import { csvSidecar } from '../../../src/lib/export/csvSidecar';
import { priceAdjustedStateExport, RPP_STATISTIC, RPP_UNIT, STATE_MEAN_NOTE, stateMapExport } from '../../../src/lib/export/stateMapExport';
import { priceAdjustedStates } from '../../../src/lib/model/priceAdjustedStates';
import { STATE_STATISTICS } from '../../../src/lib/model/stateStatistic';
import { rankStates } from '../../../src/lib/model/rankStates';
import type { StateWageRow } from '../../../src/lib/model/stateWages';
import { PAY_SOURCES } from './sources';

const NA: Figure = { missing: 'notAvailable' };
const TOP: Figure = { missing: 'topCoded' };
const career = { soc: '29-2072', title: 'Medical Records Specialists' };
const provenance = { sources: PAY_SOURCES, sourceId: 'oews-state-2023' };

const area = (fips: string, postal: string, name: string, mean: Figure, territory = false): StateWageRow => ({
	fips,
	postal,
	name,
	territory,
	mean,
	sourceId: typeof mean === 'number' || mean.missing !== 'notAvailable' ? 'oews-state-2023' : ''
});
const rows = [area('01', 'AL', 'Alabama', 42970), area('06', 'CA', 'California', 64070), area('56', 'WY', 'Wyoming', NA), area('72', 'PR', 'Puerto Rico', 29000, true), area('11', 'DC', 'District of Columbia', TOP)];

describe('stateMapExport', () => {
	it.each(['high', 'low', 'name'] as const)('has one mean per area, in the table’s order (%s)', (order) => {
		const ranked = rankStates(rows, order);
		const out = stateMapExport(ranked, career, 'annual', provenance, 'Pay by location');
		expect(out.map((r) => r.area)).toEqual(ranked.map((r) => r.name));
		expect(out.every((r) => r.statistic === 'mean')).toBe(true);
	});

	it('is a state row with its FIPS code, the state source, and says it is a mean with its rank', () => {
		const out = stateMapExport(rankStates(rows, 'high'), career, 'annual', provenance, 'Pay by location');
		const al = out.find((r) => r.area === 'Alabama')!;
		expect(al).toMatchObject({
			source_id: 'oews-state-2023',
			release: 'May 2023',
			area_code: '01',
			area_type: 'state',
			naics: '000000',
			industry: 'Cross-industry',
			own_code: '',
			soc: '29-2072',
			occupation: 'Medical Records Specialists',
			unit: 'usd_per_year',
			value: '42970',
			status: ''
		});
		expect(al.source).toContain('OEWS state estimates, May 2023');
		expect(al.note).toBe(`${STATE_MEAN_NOTE}; rank 3 of 4 by mean`);
		expect(out.find((r) => r.area === 'California')).toMatchObject({ area_code: '06', value: '64070' });
		expect(out.find((r) => r.area === 'Puerto Rico')!.note).toContain('territory, not on the map');
	});

	it('an area without a figure keeps its status and the page’s state source', () => {
		const out = stateMapExport(rankStates(rows, 'high'), career, 'hourly', provenance, 'chart');
		expect(out.find((r) => r.area === 'Wyoming')).toMatchObject({ source_id: 'oews-state-2023', value: '', status: 'notAvailable', unit: 'usd_per_hour' });
		expect(out.find((r) => r.area === 'Wyoming')!.note).toContain('not ranked');
		expect(out.find((r) => r.area === 'District of Columbia')).toMatchObject({ value: '', status: 'topCoded' });
	});

	it('round trip: read back through importTidyWages, one state record per area with its mean', () => {
		const back = importTidyWages(chartCsv(stateMapExport(rankStates(rows, 'name'), career, 'annual', provenance, 'chart')), 'export.csv');
		expect(back.problems).toEqual([]);
		expect(back.rows).toHaveLength(rows.length);
		for (const row of rows) expect(back.rows.find((r) => r.areaCode === row.fips)).toMatchObject({ areaType: 'state', area: row.name, annual: expect.objectContaining({ mean: row.mean }) });
	});
});

describe('priceAdjustedStateExport', () => {
	const parities = [
		{ fips: '01', state: 'Alabama', year: 2023, rpp: 89.097 },
		{ fips: '06', state: 'California', year: 2023, rpp: 112.195 },
		{ fips: '11', state: 'District of Columbia', year: 2023, rpp: 110.713 },
		{ fips: '56', state: 'Wyoming', year: 2023, rpp: 92.369 }
	];
	const stat = STATE_STATISTICS.rpp;
	const areas = priceAdjustedStates(rows, parities, 239200);
	const out = (order: 'high' | 'low' | 'name' = 'high', basis: 'annual' | 'hourly' = 'annual') =>
		priceAdjustedStateExport(rankStates(areas, order, stat.figure), career, basis, provenance, 'Pay by location, adjusted for prices');
	const row = (area: string, statistic: string) => out().find((r) => r.area === area && r.statistic === statistic)!;

	it('is its own statistic, named in every adjusted row', () => expect(stat.id).toBe('mean_divided_by_rpp_2023'));

	it.each(['high', 'low', 'name'] as const)('three rows per area (adjusted, published mean, parity), in the table’s order (%s)', (order) => {
		const ranked = rankStates(areas, order, stat.figure);
		const rowsOut = out(order);
		expect(rowsOut).toHaveLength(3 * rows.length);
		expect(rowsOut.filter((_, i) => i % 3 === 0).map((r) => r.area)).toEqual(ranked.map((r) => r.name));
		expect(rowsOut.slice(0, 3).map((r) => r.statistic)).toEqual([stat.id, 'mean', RPP_STATISTIC]);
	});

	it.each<[string, string, Partial<Record<string, string>>, string]>([
		// 42,970 / (89.097 / 100) = 48,228.34: the OEWS May 2023 Alabama mean divided by BEA's 2023 parity.
		['Alabama', 'mean_divided_by_rpp_2023', { value: '48228.34', status: '', unit: 'usd_per_year', source_id: 'oews-state-2023', area_code: '01' }, '42970 ÷ (89.097 / 100)'],
		['Alabama', 'mean', { value: '42970', status: '', source_id: 'oews-state-2023' }, STATE_MEAN_NOTE],
		['Alabama', RPP_STATISTIC, { value: '89.097', unit: RPP_UNIT, source_id: 'bea-rpp-2023', release: '2023 (release of 2026-02-19)' }, 'U.S. = 100'],
		['California', 'mean_divided_by_rpp_2023', { value: '57105.93' }, 'rank 2 of 3 by mean_divided_by_rpp_2023'],
		['Wyoming', 'mean_divided_by_rpp_2023', { value: '', status: 'notAvailable' }, 'no published mean; not ranked'],
		['District of Columbia', 'mean_divided_by_rpp_2023', { value: '', status: 'topCoded' }, 'top-coded mean'],
		['Puerto Rico', 'mean_divided_by_rpp_2023', { value: '', status: 'notAvailable' }, 'no BEA price parity for territories'],
		['Puerto Rico', 'mean', { value: '29000' }, 'territory, not on the map'],
		['Puerto Rico', RPP_STATISTIC, { value: '', status: 'notAvailable' }, '50 states and DC only']
	])('%s %s', (area, statistic, cells, note) => {
		const r = row(area, statistic);
		expect(r).toMatchObject(cells);
		expect(r.note).toContain(note);
	});

	it('names both sources on an adjusted row; the published mean keeps no rank by the other statistic', () => {
		expect(row('Alabama', stat.id).source).toBe('U.S. Bureau of Labor Statistics, OEWS state estimates, May 2023 (mean wages only); U.S. Bureau of Economic Analysis, Regional Price Parities by state (SARPP), all items, U.S. = 100');
		expect(row('Alabama', stat.id).note).toContain('rank 3 of 3');
		expect(row('Alabama', 'mean').note).not.toContain('rank');
	});

	it('hourly figures divide the hourly mean', () => {
		const hourly = priceAdjustedStateExport(rankStates(priceAdjustedStates([area('01', 'AL', 'Alabama', 20.66)], parities), 'high', stat.figure), career, 'hourly', provenance, 'c');
		expect(hourly[0]).toMatchObject({ statistic: stat.id, unit: 'usd_per_hour', value: '23.19' });
	});

	it('the sidecar lists both sources and defines the statistic', () => {
		const side = csvSidecar({ title: 't', file: 'f.csv', view: 'v', rows: out(), sources: PAY_SOURCES, bom: false, generated: new Date(0), statistics: { [stat.id]: stat.definition } });
		expect(side.sources.map((s) => s.id)).toEqual(['oews-state-2023', 'bea-rpp-2023']);
		expect(side.statistics).toEqual([{ name: 'mean_divided_by_rpp_2023', definition: expect.stringContaining('divided by (BEA Regional Price Parity 2023') }]);
	});

	it('is never read back as a BLS mean: the derived rows are refused by the wage importer', () => {
		const back = importTidyWages(chartCsv(out()), 'export.csv');
		expect(back.problems.filter((p) => p.reason.includes('Unknown statistic'))).toHaveLength(2 * rows.length);
		for (const r of back.rows) expect(r.annual.mean).toEqual(rows.find((x) => x.fips === r.areaCode)!.mean);
	});
});
