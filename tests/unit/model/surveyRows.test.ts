import { describe, expect, it } from 'vitest';
import type { SurveyFigure } from '../../../src/lib/data/schema';
import { surveyCategories, surveyRows } from '../../../src/lib/model/surveyRows';

const fig = (organization: string, surveyYear: number, dimension: string, category: string, value: number, over: Partial<SurveyFigure> = {}): SurveyFigure => ({
	sourceId: `${organization.toLowerCase()}-${surveyYear}`,
	organization,
	surveyYear,
	reportLabel: `${organization} ${surveyYear} Salary Survey`,
	dimension,
	category,
	statistic: 'mean',
	value,
	unit: 'USD/year',
	population: 'AAPC member respondents',
	sourceUrl: 'https://example.org',
	sourceKind: 'trade press',
	notes: '',
	...over
});

const figures = [
	fig('AAPC', 2010, 'credential', 'CPC', 39953),
	fig('AAPC', 2009, 'credential', 'CPC', 45253),
	fig('AAPC', 2010, 'credential', 'CCC', 40250),
	fig('AAPC', 2009, 'certification_status', 'Non-certified', 38290),
	fig('AAPC', 2009, 'certification_status', 'Non-certified', 37290, { sourceKind: 'publisher page' }),
	fig('AAPC', 2009, 'certification_status', 'Certified', 44750),
	fig('AAPC', 2021, 'certification_status', 'Certified', 60097),
	fig('AAPC', 2019, 'credential', 'CPB (Certified Professional Biller)', 55078, { statistic: 'median', population: '' }),
	fig('AAPC', 2012, 'other', 'Employers requiring job credentials', 54, { statistic: 'percent', unit: 'percent' }),
	fig('AHIMA', 2008, 'work_setting_share', 'Acute care hospital', 53, { statistic: 'percent_of_respondents', unit: 'percent' })
];

describe('surveyRows', () => {
	it('credentials are ordered by credential, then survey year', () => {
		expect(surveyRows(figures, 'credential').map((r) => `${r.category} ${r.surveyYear}`)).toEqual(['CCC 2010', 'CPB (Certified Professional Biller) 2019', 'CPC 2009', 'CPC 2010']);
	});
	it('other breakdowns by year, then category; each figure stays its own row', () => {
		expect(surveyRows(figures, 'certification_status').map((r) => `${r.surveyYear} ${r.category} ${r.value}`)).toEqual([
			'2009 Certified 44750',
			'2009 Non-certified 38290',
			'2009 Non-certified 37290',
			'2021 Certified 60097'
		]);
	});
	it('flags figures that disagree for the same survey and category, never averages them', () => {
		const rows = surveyRows(figures, 'certification_status');
		expect(rows.filter((r) => r.conflict).map((r) => r.value)).toEqual([38290, 37290]);
		expect(rows.some((r) => r.value === (38290 + 37290) / 2)).toBe(false);
	});
	it('keeps statistic and a blank population as they are', () => {
		expect(surveyRows(figures, 'credential')[1]).toMatchObject({ statistic: 'median', population: '', value: 55078 });
	});
	it.each([['other'], ['work_setting_share'], ['nothing']])('%s has no salary figures', (dim) => expect(surveyRows(figures, dim)).toEqual([]));
	it('keys are unique', () => {
		const rows = surveyRows(figures, 'certification_status');
		expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
	});
	it('lists categories once each', () => expect(surveyCategories(surveyRows(figures, 'credential'))).toEqual(['CCC', 'CPB (Certified Professional Biller)', 'CPC']));
});
