import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/schema';
import { importTidyWages } from '../../../src/lib/data/tidyWages';
import { chartCsv } from '../../../src/lib/export/chartCsv';
import { STATE_MEAN_NOTE, stateMapExport } from '../../../src/lib/export/stateMapExport';
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
