import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { explorerLongExport, explorerTableExport, exportCell } from '../../../src/lib/export/explorerTableExport';
import { tableCsv, tableSidecar } from '../../../src/lib/export/tableCsv';
import { COLUMN_BY_ID } from '../../../src/lib/model/explorerColumns';
import { ROWS, wage } from '../../fixtures/model/explorerFixture';
import { explorerRows } from '../../../src/lib/model/explorerRows';
import { SOURCES } from './sources';

const cols = (...ids: string[]) => ids.map((id) => COLUMN_BY_ID.get(id)!);
const read = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('explorerTableExport / tableCsv', () => {
	it.each([
		[['median'], ['soc', 'occupation', 'median', 'source_id', 'release', 'wage_unit']],
		[['percent_change', 'median'], ['soc', 'occupation', 'percent_change', 'median', 'source_id', 'release', 'wage_unit', 'projections_source_id', 'projections_release']],
		[['group', 'employment_rse', 'mean_rse'], ['soc', 'occupation', 'group', 'employment_rse', 'mean_rse', 'source_id', 'release', 'wage_unit']]
	])('columns %j give the header %j, in the shown order', (ids, header) => {
		const rows = read(tableCsv(explorerTableExport(ROWS, cols(...ids), 'annual', SOURCES)));
		expect(rows[0]).toEqual(header);
		expect(rows).toHaveLength(ROWS.length + 1);
	});

	it('one line per shown row, in order, codes as text, missing figures say why', () => {
		const table = explorerTableExport(ROWS, cols('median', 'employment', 'percent_change', 'education'), 'annual', SOURCES);
		expect(table.rows.map((r) => r[0])).toEqual(ROWS.map((r) => r.soc));
		expect(table.rows.find((r) => r[0] === '29-2072')).toEqual(['29-2072', 'Medical Records Specialists', '50250', '1000', '7.1', 'Postsecondary nondegree award', 'oews-national-2024', 'May 2024', 'usd_per_year', 'ep-2024-34', '2024–34']);
		expect(table.rows.find((r) => r[0] === '29-1211')![2]).toBe('topCoded');
		expect(table.rows.find((r) => r[0] === '27-2011')!.slice(2, 6)).toEqual(['notAvailable', 'notAvailable', 'notInRelease', '']);
		expect([...table.sourceIds].sort()).toEqual(['ep-2024-34', 'oews-national-2024']);
	});

	it('hourly wages and their unit', () => {
		const row = explorerTableExport(ROWS, cols('median'), 'hourly', SOURCES).rows.find((r) => r[0] === '29-2072')!;
		expect(row.slice(2)).toEqual(['24.16', 'oews-national-2024', 'May 2024', 'usd_per_hour']);
	});

	it('escapes a formula-like title but leaves a negative number alone', () => {
		const rows = explorerRows([wage('99-0001', '=HYPERLINK("x")', -5.4)], [], []);
		const csv = tableCsv(explorerTableExport(rows, cols('median'), 'annual', SOURCES), { bom: false });
		expect(read(csv)[1].slice(0, 3)).toEqual(['99-0001', `'=HYPERLINK("x")`, '-5.4']);
	});

	it('starts with a byte-order mark unless told not to', () => {
		const table = explorerTableExport(ROWS, cols('median'), 'annual', SOURCES);
		expect(tableCsv(table).startsWith('\uFEFFsoc,')).toBe(true);
		expect(tableCsv(table, { bom: false }).startsWith('soc,')).toBe(true);
	});

	it('the sidecar lists the table columns, the row count and the sources the rows name', () => {
		const table = explorerTableExport(ROWS, cols('median', 'openings'), 'annual', SOURCES);
		const s = tableSidecar(table, { title: 'Occupations', file: 'x.csv', view: 'http://x/explore?q=a', bom: true, generated: new Date('2026-01-01T00:00:00Z'), sources: SOURCES });
		expect(s.rows).toBe(ROWS.length);
		expect(s.columns.map((c) => c.name)).toEqual(['soc', 'occupation', 'median', 'openings', 'source_id', 'release', 'wage_unit', 'projections_source_id', 'projections_release']);
		expect(s.sources.map((x) => x.id).sort()).toEqual(['ep-2024-34', 'oews-national-2024']);
		expect(s.columns.find((c) => c.name === 'median')!.description).toContain('usd_per_year');
	});
});

describe('explorerLongExport', () => {
	it('one row per occupation and shown column (not the project group), each naming its source and unit', () => {
		const rows = explorerLongExport(ROWS.slice(0, 2), cols('median', 'openings', 'group'), 'annual', SOURCES, 'Occupations');
		expect(rows.map((r) => [r.soc, r.statistic, r.unit, r.value, r.status, r.source_id])).toEqual([
			['13-1041', 'median', 'usd_per_year', '78420', '', 'oews-national-2024'],
			['13-1041', 'openings_per_year', 'thousands', '2.5', '', 'ep-2024-34'],
			['27-2011', 'median', 'usd_per_year', '', 'notAvailable', 'oews-national-2024'],
			['27-2011', 'openings_per_year', 'thousands', '', 'notInRelease', 'ep-2024-34']
		]);
		expect(rows[1].naics).toBe('');
	});

	it.each([
		[12.5, '12.5'],
		['text', 'text'],
		[{ missing: 'topCoded' as const }, 'topCoded']
	])('exportCell(%j) is %j', (v, expected) => expect(exportCell(v)).toBe(expected));
});
