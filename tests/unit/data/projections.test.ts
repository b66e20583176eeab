import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importProjections } from '../../../src/lib/data/projections';
import type { ImportResult, ProjectionRecord } from '../../../src/lib/data/schema';

const FIXTURES = 'tests/fixtures/projections/';

const run = (name: string) => importProjections(readFileSync(FIXTURES + name, 'utf8'), name, { sourceId: 'ep-test' });
// The two whole published files from ../shared/data/raw, committed gzipped (106 KB) so these tests run on any clone.
const runWhole = (name: string) => importProjections(gunzipSync(readFileSync(`${FIXTURES}${name}.gz`)).toString('utf8'), name, { sourceId: 'ep-test' });
const bySoc = (r: ImportResult<ProjectionRecord>, soc: string) => r.rows.find((row) => row.soc === soc);

/** The published 29-2072 figures (PROVENANCE.md §4), the same in both layouts. */
const MEDICAL_RECORDS = {
	soc: '29-2072',
	title: 'Medical records specialists',
	occupationType: 'Line item',
	baseYear: 2024,
	targetYear: 2034,
	employmentBase: 194.8,
	employmentTarget: 208.6,
	change: 13.8,
	percentChange: 7.1,
	openingsPerYear: 14.2,
	medianWage: 50250,
	education: 'Postsecondary nondegree award',
	experience: 'None',
	training: 'None'
};

describe('importProjections: counts and problems per fixture', () => {
	it.each([
		['table-1-2_slice.csv', 7, 7, []],
		['export_slice.csv', 6, 6, []],
		['export-2023-33_handmade.csv', 1, 1, []],
		['semicolon.csv', 2, 2, []],
		['excel-codes.csv', 2, 2, []],
		['empty.csv', 0, 0, ['empty']],
		['header-only.csv', 0, 0, ['empty']],
		['table-1-2_no-data.csv', 0, 0, ['empty']],
		['missing-title-column.csv', 1, 0, ['missingColumn']],
		['unknown-header.csv', 1, 0, ['header']],
		['pipe-delimited.csv', 0, 0, ['delimiter']],
		['not-number.csv', 2, 1, ['notNumber']],
		['ragged-row.csv', 2, 1, ['ragged']],
		['bad-code.csv', 2, 1, ['badCode']],
		['duplicate-disagree.csv', 3, 1, ['duplicateRow', 'duplicateRow']],
		['duplicate-identical.csv', 3, 2, ['duplicateRow']]
	])('%s: read %i, accepted %i, problems %j', (name, read, accepted, kinds) => {
		const result = run(name);
		expect(result.read).toBe(read);
		expect(result.rows).toHaveLength(accepted);
		expect(result.read).toBe(result.rows.length + result.rejected);
		expect(result.problems.map((p) => p.kind)).toEqual(kinds);
		for (const p of result.problems) {
			expect(p.file).toBe(name);
			expect(Number.isInteger(p.line) && p.line >= 0).toBe(true);
			expect(p.reason.length).toBeGreaterThan(20);
		}
	});
});

describe('importProjections: where and why', () => {
	it.each([
		['not-number.csv', { line: 2, column: 'Employment 2024', value: 'about 195' }],
		['ragged-row.csv', { line: 2, column: '', value: '12 cells' }],
		['bad-code.csv', { line: 2, column: 'Occupation Code', value: '292072' }],
		['duplicate-identical.csv', { line: 4, column: 'Occupation Code', value: '29-2072' }],
		['missing-title-column.csv', { line: 1, column: 'Occupation Title' }],
		['unknown-header.csv', { line: 1, column: '' }],
		['pipe-delimited.csv', { line: 1 }]
	])('%s names %j', (name, where) => expect(run(name).problems[0]).toMatchObject(where));

	it('drops both rows of a code whose figures disagree, naming both lines', () => {
		const result = run('duplicate-disagree.csv');
		expect(result.rows.map((r) => r.soc)).toEqual(['29-1071']);
		expect(result.problems.map((p) => p.line).sort()).toEqual([2, 4]);
	});

	it('lists the expected columns when the header is unknown', () => {
		expect(run('unknown-header.csv').problems[0].reason).toMatch(/Occupation Code.*National Employment Matrix code/);
	});
});

describe('importProjections: values', () => {
	it('reads Table 1.2: title and footnotes skipped, indented titles trimmed, markers kept as meanings', () => {
		const result = run('table-1-2_slice.csv');
		expect(bySoc(result, '29-2072')).toEqual({ ...MEDICAL_RECORDS, sourceId: 'ep-test', selfEmployedPercent: 0.8 });
		expect(bySoc(result, '29-1071')).toMatchObject({ title: 'Physician assistants', employmentBase: 162.7, medianWage: 133260 });
		expect(bySoc(result, '29-2036')).toMatchObject({ title: 'Medical dosimetrists', employmentTarget: 4.9, selfEmployedPercent: 13.8 });
		expect(bySoc(result, '00-0000')).toMatchObject({ title: 'Total, all occupations', occupationType: 'Summary', education: '' });
		expect(bySoc(result, '11-1031')).toMatchObject({ title: 'Legislators', selfEmployedPercent: { missing: 'notAvailable' } });
		expect(bySoc(result, '29-1022')?.medianWage).toEqual({ missing: 'topCoded' });
	});

	it('reads the data.bls.gov export: sample job titles dropped, N/A and >= wages kept as meanings', () => {
		const result = run('export_slice.csv');
		expect(bySoc(result, '29-2072')).toEqual({ ...MEDICAL_RECORDS, sourceId: 'ep-test', selfEmployedPercent: { missing: 'notInRelease' } });
		expect(bySoc(result, '29-1071')?.title).toBe('Physician assistants');
		expect(bySoc(result, '27-2011')?.medianWage).toEqual({ missing: 'notAvailable' });
		expect(bySoc(result, '29-1211')?.medianWage).toEqual({ missing: 'topCoded' });
		expect(bySoc(result, '31-1120')).toMatchObject({ title: 'Home health and personal care aides', employmentBase: 4347.7, employmentTarget: 5087.5 });
	});

	it.each([
		['semicolon.csv', '29-2072', { employmentBase: 194.8, medianWage: 50250 }],
		['semicolon.csv', '31-1120', { employmentBase: 4347.7 }],
		['excel-codes.csv', '29-2072', { employmentBase: 194.8 }],
		['excel-codes.csv', '29-1071', { employmentBase: 162.7 }],
		['export-2023-33_handmade.csv', '29-2072', { baseYear: 2023, targetYear: 2033, employmentBase: 100, medianWage: 40000 }]
	])('%s reads %s as %j', (name, soc, expected) => expect(bySoc(run(name), soc)).toMatchObject(expected));
});

describe('importProjections: the real files', () => {
	it('reads all of Table 1.2 without problems', () => {
		const result = runWhole('occupation_2024-34__Table_1-2__converted.csv');
		expect(result.problems).toEqual([]);
		expect([result.read, result.rows.length, result.rejected]).toEqual([1113, 1113, 0]);
		expect(bySoc(result, '29-2072')).toMatchObject(MEDICAL_RECORDS);
		expect(result.rows.filter((r) => r.occupationType === 'Summary')).toHaveLength(281);
	});

	it('reads all of the export without problems', () => {
		const result = runWhole('employment_projections_2024-34_export.csv');
		expect(result.problems).toEqual([]);
		expect([result.read, result.rows.length, result.rejected]).toEqual([832, 832, 0]);
		expect(bySoc(result, '29-2072')).toMatchObject(MEDICAL_RECORDS);
	});

	it('gives the same figures from both layouts for every line item', () => {
		const table = runWhole('occupation_2024-34__Table_1-2__converted.csv');
		const exported = runWhole('employment_projections_2024-34_export.csv');
		const lineItems = table.rows.filter((r) => r.occupationType === 'Line item');
		expect(lineItems).toHaveLength(exported.rows.length);
		// Only Table 1.2 has a self-employed column; every other field must match.
		const comparable = ({ selfEmployedPercent: _s, ...rest }: ProjectionRecord) => rest;
		for (const row of lineItems) expect(comparable(bySoc(exported, row.soc)!)).toEqual(comparable(row));
	});
});
