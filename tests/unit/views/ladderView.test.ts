import { describe, expect, it } from 'vitest';
import { ladderView } from '../../../src/lib/views/ladderView';
import { RHIA, viewDataset } from '../../fixtures/model/viewDataset';

const ds = viewDataset();
const view = (search = '') => ladderView(ds, new URLSearchParams(search));
const step = (search: string, id: string) => view(search).steps.find((s) => s.id === id)!;

describe('ladderView', () => {
	it('writes each coded step\'s median and growth in the latest release (May 2025), a year', () => {
		const v = view();
		expect([v.release.release, v.basis, v.per, v.invalid]).toEqual(['May 2025', 'annual', 'a year', []]);
		expect(v.steps.map((s) => [s.id, s.median, s.change])).toEqual([
			['coder', '$51,140', '+7.1%'],
			['auditor', 'not in this release', ''],
			['technologist', '$68,020', '+14.7%'],
			['manager', '$123,860', '+23.2%']
		]);
	});

	it.each([
		['a year', '', [' (median for the whole code $51,140 a year, OEWS May 2025)', ' (median for the whole code $80,730 a year, OEWS May 2025)']],
		['an hour', '?pay=hourly', [' (median for the whole code $24.59 an hour, OEWS May 2025)', ' (median for the whole code $38.81 an hour, OEWS May 2025)']]
	])('the auditor step names the codes BLS counts it in with their whole-code median, %s', (_n, search, notes) => {
		expect(step(search, 'auditor').counted.map((c) => c.note)).toEqual(notes);
	});

	it('says when a code the step is counted in is not in the data', () => {
		const without = { ...ds, careers: ds.careers.filter((c) => c.soc !== '13-1041'), wages: ds.wages.filter((w) => w.soc !== '13-1041') };
		expect(ladderView(without, new URLSearchParams()).steps[1].counted.map((c) => [c.title, c.note])).toEqual([
			['Medical Records Specialists', ' (median for the whole code $51,140 a year, OEWS May 2025)'],
			['Compliance Officers', ' — not in this data']
		]);
	});

	it('lists recorded requirements, the credentials without one, and the survey credentials beyond the step\'s own', () => {
		const coder = step('', 'coder');
		expect([coder.facts, coder.unrecorded, coder.surveyed, coder.projected]).toEqual([[], ['CPC', 'CCS'], ['CRC'], true]);
		expect(coder.surveyLine).toBe('CPC, AAPC 2025 survey, mean $67,147 a year');
		const technologist = step('', 'technologist');
		expect(technologist.facts).toEqual([
			{
				credential: 'RHIA',
				body: 'AHIMA',
				text: "CAHIIM-accredited baccalaureate or master's HIM program, CAHIIM-approved post-baccalaureate HIM certificate, or foreign HIM reciprocity; no work-experience-only route",
				publisher: 'open-exam-prep.com study guide',
				url: RHIA.sourceUrl,
				unverified: 'third-party study guide (not AHIMA); verify before use'
			}
		]);
		expect([technologist.unrecorded, technologist.surveyed, technologist.surveyLine]).toEqual([['RHIT'], [], '']);
		expect([step('', 'auditor').projected, step('', 'manager').projected, step('', 'manager').credentials]).toEqual([false, true, []]);
		expect(view().gapsAside).toBe(' (no public source was found for AAPC CPC or AHIMA CCS/CCA/RHIT requirements)');
		expect(ladderView({ ...ds, sources: ds.sources.filter((s) => s.id !== 'certification-facts') }, new URLSearchParams()).gapsAside).toBe('');
	});

	it('keeps a fact\'s source link only when it is an address, and no caveat for a checked source', () => {
		const checked = { ...RHIA, factValue: 'CAHIIM program', sourceUrl: 'AHIMA handbook (print)', sourceKind: 'certifying body website' };
		expect(ladderView({ ...ds, certifications: [checked] }, new URLSearchParams()).steps[2].facts[0]).toMatchObject({ text: 'CAHIIM program', url: '', unverified: '' });
	});

	it('draws the coded steps in the pay and outlook charts and names the step it cannot draw', () => {
		const v = view('?release=2024&pay=hourly');
		expect(v.pay).toMatchObject({ basis: 'hourly', release: 'May 2024', topCode: 115 });
		expect(v.pay.rows.map((r) => [r.soc, r.median])).toEqual([['29-2072', 24.16], ['29-9021', 32.36]]);
		expect(v.pay.source).toBe('U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024, national.');
		expect(v.uncoded).toEqual(['coding auditor / compliance']);
		expect(v.outlook.rows.map((r) => [r.soc, r.growth.percentChange])).toEqual([['29-2072', 7.1], ['29-9021', 14.7], ['11-9111', 23.2]]);
		expect(v.outlook.allRate).toBe(3.1);
	});

	it('sets the coding roles against the compared careers by training and the projections\' May 2024 median', () => {
		const t = view().training;
		expect(t.rows.map((r) => [r.soc, r.education, r.medianPay, r.emphasis])).toEqual([
			['29-2072', 'Postsecondary nondegree award', 50250, true],
			['29-9021', "Associate's degree", 67310, true],
			['43-3021', 'High school diploma or equivalent', 47170, true],
			['11-9111', "Bachelor's degree", 117960, true],
			['29-2033', "Associate's degree", 97020, false],
			['29-1071', "Master's degree", 133260, false]
		]);
		expect(t.rows[0].label).toBe('Medical Records Specialists');
		expect([t.topCode, t.payRelease, t.period]).toEqual([239200, 'OEWS May 2024', '2024–34']);
		expect(t.source).toContain("Pay is that table's OEWS May 2024 median, not the May 2025 one.");
	});

	it('reports what in the URL it cannot use and writes back only what differs', () => {
		const v = view('?pay=weekly&release=2024');
		expect(v.invalid).toEqual(['Pay "weekly" is not one of: annual, hourly']);
		expect(v.search({ basis: 'hourly' })).toBe('?pay=hourly&release=2024');
		expect(v.search({ release: '2025' })).toBe('');
	});
});
