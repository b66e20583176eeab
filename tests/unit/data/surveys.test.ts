import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSurveys } from '../../../src/lib/data/surveys';

const FIXTURES = 'tests/fixtures/surveys/';
// The fixtures are slices of the raw files in ../shared, and one whole copy of the real file, so every test runs on any clone.

const run = (name: string, dir = FIXTURES) => importSurveys(readFileSync(dir + name, 'utf8'), name);

describe('importSurveys: counts and problems per fixture', () => {
	it.each([
		['salary_figures_slice.csv', 8, 8, []],
		['semicolon.csv', 1, 1, []],
		['thousands-separator.csv', 1, 1, []],
		['empty.csv', 0, 0, ['empty']],
		['header-only.csv', 0, 0, ['empty']],
		['missing-value-column.csv', 1, 0, ['missingColumn']],
		['non-numeric-value.csv', 2, 1, ['notNumber']],
		['bad-year.csv', 2, 1, ['format']],
		['bad-statistic.csv', 2, 1, ['format']],
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
		['non-numeric-value.csv', { line: 2, column: 'value', value: 'about 55k' }],
		['bad-year.csv', { line: 2, column: 'survey_year', value: '19' }],
		['bad-statistic.csv', { line: 2, column: 'statistic', value: 'average' }],
		['ragged-row.csv', { line: 2, column: '', value: '8 cells' }],
		['duplicate-identical.csv', { line: 4, column: '' }],
		['missing-value-column.csv', { line: 1, column: 'value' }]
	])('%s names %j', (name, where) => expect(run(name).problems[0]).toMatchObject(where));
});

describe('importSurveys: values', () => {
	it('keeps conflicting figures from different sources as separate rows', () => {
		const rows = run('salary_figures_slice.csv').rows;
		const nonCertified2009 = rows.filter((r) => r.surveyYear === 2009 && r.category === 'Non-certified').map((r) => r.value);
		expect(nonCertified2009).toEqual([38290, 37290]);
		const overall2012 = rows.filter((r) => r.surveyYear === 2012 && r.dimension === 'overall').map((r) => r.value);
		expect(overall2012).toEqual([47870, 47970]);
	});

	it('reads a median, a percent of respondents and the derived source id', () => {
		const rows = run('salary_figures_slice.csv').rows;
		expect(rows.find((r) => r.statistic === 'median')).toMatchObject({
			sourceId: 'aapc-2019',
			organization: 'AAPC',
			surveyYear: 2019,
			category: 'CPB (Certified Professional Biller)',
			value: 55078,
			unit: 'USD/year',
			sourceKind: 'publisher page (AAPC/AHIMA own site)'
		});
		expect(rows.find((r) => r.statistic === 'percent_of_respondents')).toMatchObject({ sourceId: 'ahima-2008', value: 53, unit: 'percent' });
	});

	it.each(['thousands-separator.csv', 'semicolon.csv'])('%s reads "54,890" as 54890', (name) =>
		expect(run(name).rows[0]).toMatchObject({ sourceId: 'aapc-2019', value: 54890, category: 'All respondents' })
	);
});

describe('importSurveys: the real file', () => {
	it('reads every row of a copy of it without problems', () => {
		const result = run('trade_association_salary_figures.csv');
		expect(result.problems).toEqual([]);
		expect([result.read, result.rows.length, result.rejected]).toEqual([101, 101, 0]);
		expect(new Set(result.rows.map((r) => r.organization))).toEqual(new Set(['AAPC', 'AHIMA']));
		expect(result.rows.filter((r) => r.statistic === 'median')).toHaveLength(1);
		expect(result.rows.find((r) => r.sourceId === 'aapc-2019' && r.category === 'All respondents')?.value).toBe(54890);
	});
});
