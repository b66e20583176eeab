import { describe, expect, it } from 'vitest';
import { BLS_CONTEXT_STATS, surveyExport } from '../../../src/lib/export/surveyExport';
import type { SurveyRow } from '../../../src/lib/model/surveyRows';
import { PAY_SOURCES } from './sources';

const provenance = { sources: PAY_SOURCES, sourceId: 'oews-national-2024' };
const survey = (organization: string, surveyYear: number, category: string, value: number, over: Partial<SurveyRow> = {}): SurveyRow => ({
	key: `${organization}|${surveyYear}|${category}|${value}`,
	sourceId: `${organization.toLowerCase()}-${surveyYear}`,
	organization,
	surveyYear,
	reportLabel: `${organization} ${surveyYear} Salary Survey`,
	dimension: 'credential',
	category,
	statistic: 'mean',
	value,
	population: 'member respondents',
	sourceUrl: 'https://example.org/a',
	sourceKind: 'trade press',
	notes: '',
	conflict: false,
	...over
});
const rows = [
	survey('AAPC', 2010, 'CPC', 39953),
	survey('AAPC', 2018, 'CPC', 54401, { population: '' }),
	survey('AHIMA', 2008, 'CCS', 50000, { statistic: 'median', conflict: true })
];
const context = {
	bls: { p25: 39620, median: 48780, p75: { missing: 'topCoded' as const }, label: 'BLS median, May 2024 (all medical records specialists)' },
	career: { soc: '29-2072', title: 'Medical Records Specialists' }
};

describe('surveyExport', () => {
	it('has one row per survey figure, in the chart order, each with its own survey source and year as release', () => {
		const out = surveyExport(rows, null, provenance, 'Survey salaries by credential');
		expect(out).toHaveLength(rows.length);
		expect(out.map((r) => [r.source_id, r.release, r.statistic, r.value])).toEqual([
			['aapc-2010', '2010', 'mean', '39953'],
			['aapc-2018', '2018', 'mean', '54401'],
			['ahima-2008', '2008', 'median', '50000']
		]);
		expect(out[0]).toMatchObject({ level: 'credential: CPC', unit: 'usd_per_year', soc: '', area: '', naics: '', own_code: '', source: 'AAPC, AAPC salary survey, 2010 salaries', chart: 'Survey salaries by credential' });
	});

	it('names the organization, report and population in the note, and flags a figure another report gives differently', () => {
		const out = surveyExport(rows, null, provenance, 'chart');
		expect(out[0].note).toBe('AAPC 2010 survey (AAPC 2010 Salary Survey); population: member respondents');
		expect(out[1].note).toContain('population: not stated');
		expect(out[2].note).toContain('another report of this figure differs');
	});

	it('writes the BLS context as separate national rows of the OEWS source, after the survey figures', () => {
		const out = surveyExport(rows, context, provenance, 'chart');
		expect(out).toHaveLength(rows.length + BLS_CONTEXT_STATS.length);
		const bls = out.slice(rows.length);
		expect(bls.map((r) => r.statistic)).toEqual(['p25', 'median', 'p75']);
		for (const r of bls)
			expect(r).toMatchObject({ source_id: 'oews-national-2024', release: 'May 2024', area_code: '99', area: 'U.S.', naics: '000000', own_code: '1235', soc: '29-2072', level: '' });
		expect(bls[1]).toMatchObject({ value: '48780', status: '' });
		expect(bls[2]).toMatchObject({ value: '', status: 'topCoded' });
		expect(bls[0].note).toContain('a separate series');
		expect(out.slice(0, rows.length).every((r) => r.source_id !== 'oews-national-2024' && r.soc === '')).toBe(true);
	});

	it('no figures and no context, no rows', () => expect(surveyExport([], null, provenance, 'chart')).toEqual([]));
});
