import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCertifications, socsIn } from '../../../src/lib/data/certifications';

const FIXTURES = 'tests/fixtures/certifications/';
// The fixtures are slices of the raw files in ../shared, and one whole copy of the real file, so every test runs on any clone.

const run = (name: string, dir = FIXTURES) => importCertifications(readFileSync(dir + name, 'utf8'), name);

describe('socsIn', () => {
	it.each([
		['29-2072', ['29-2072']],
		['29-1071.01 (O*NET; under SOC 29-1071)', ['29-1071']],
		['29-9021 / 29-2072', ['29-9021', '29-2072']],
		['="29-2072"', ['29-2072']],
		['292072', []],
		['29-20721', []],
		['2024-2034', []],
		['', []]
	])('%j → %j', (field, socs) => expect(socsIn(field)).toEqual(socs));
});

describe('importCertifications: counts and problems per fixture', () => {
	it.each([
		['certification_facts_slice.csv', 9, 9, []],
		['semicolon.csv', 2, 2, []],
		['excel-code.csv', 1, 1, []],
		['empty.csv', 0, 0, ['empty']],
		['header-only.csv', 0, 0, ['empty']],
		['missing-soc-column.csv', 1, 0, ['missingColumn']],
		['no-soc.csv', 2, 1, ['badCode']],
		['ragged-row.csv', 2, 1, ['ragged']],
		['duplicate-identical.csv', 3, 2, ['duplicateRow']]
	])('%s: read %i, accepted %i, problems %j', (name, read, accepted, kinds) => {
		const result = run(name);
		expect(result.read).toBe(read);
		expect(result.rows).toHaveLength(accepted);
		expect(result.read).toBe(result.rows.length + result.rejected);
		expect(result.problems.map((p) => p.kind)).toEqual(kinds);
		for (const p of result.problems) {
			expect(p.file).toBe(name);
			expect(p.reason.length).toBeGreaterThan(20);
		}
	});

	it.each([
		['no-soc.csv', { line: 2, column: 'soc_code', value: 'Medical coders (no code yet)' }],
		['ragged-row.csv', { line: 2, column: '', value: '4 cells' }],
		['duplicate-identical.csv', { line: 4, column: '' }],
		['missing-soc-column.csv', { line: 1, column: 'soc_code' }]
	])('%s names %j', (name, where) => expect(run(name).problems[0]).toMatchObject(where));
});

describe('importCertifications: values', () => {
	it('reads every SOC a fact names, O*NET codes under their SOC', () => {
		const rows = run('certification_facts_slice.csv').rows;
		expect(rows.filter((r) => r.occupation === 'Anesthesiologist assistants').map((r) => r.socs)).toEqual([['29-1071'], ['29-1071']]);
		expect(rows.find((r) => r.credential === 'RHIA')).toMatchObject({ socs: ['29-9021', '29-2072'], certifyingBody: 'AHIMA' });
		expect(rows[0]).toMatchObject({
			sourceId: 'certification-facts',
			socs: ['29-2072'],
			factType: 'typical_entry_level_education',
			factValue: 'Postsecondary nondegree award',
			credential: '',
			sourcePublisher: 'U.S. BLS Employment Projections 2024-34'
		});
	});

	it('keeps semicolons inside quoted fields of a semicolon file', () =>
		expect(run('semicolon.csv').rows[0].sourceKind).toBe('U.S. government (public domain); file in shared/data/raw/occupation_2024-34.xlsx'));
});

describe('importCertifications: the real file', () => {
	it('reads every row of a copy of it without problems', () => {
		const result = run('education_certification_facts.csv');
		expect(result.problems).toEqual([]);
		expect([result.read, result.rows.length, result.rejected]).toEqual([64, 64, 0]);
		const coding = result.rows.filter((r) => r.socs.includes('29-2072'));
		expect(coding.find((r) => r.factType === 'typical_entry_level_education')?.factValue).toBe('Postsecondary nondegree award');
		expect(coding.map((r) => r.credential)).toContain('RHIA');
		expect(new Set(result.rows.flatMap((r) => r.socs)).size).toBe(19);
	});
});
