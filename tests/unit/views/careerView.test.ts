import { describe, expect, it } from 'vitest';
import { careerBySoc } from '../../../src/lib/model/dataset';
import { sameData } from '../../../src/lib/state/stableFields.svelte';
import { careerView } from '../../../src/lib/views/careerView';
import { REMOTE, viewDataset } from '../../fixtures/model/viewDataset';

const ds = viewDataset();
const view = (soc: string, search = '', has = () => true) => careerView(ds, new URLSearchParams(search), careerBySoc(ds.careers, soc)!, has);
const median = (v: ReturnType<typeof view>, soc: string) => v.pay.rows.find((r) => r.soc === soc)?.median;

describe('careerView', () => {
	it('shows the coder beside the other coding roles with pay in the latest release (May 2025)', () => {
		const v = view('29-2072');
		expect(v.release.id).toBe('oews-national-2025');
		expect(v.invalid).toEqual([]);
		// Billing and posting clerks have no May 2025 row here, so they are left out.
		expect(v.related.map((c) => c.soc)).toEqual(['11-9111', '13-1041', '29-9021']);
		expect(v.relatedRule).toBe('The other coding and health-information roles and their advancement path.');
		expect(v.shown.map((c) => c.soc)).toEqual(['29-2072', '11-9111', '13-1041', '29-9021']);
		expect(v.compareCareers).toEqual(['29-2072', '11-9111', '13-1041']);
		expect([median(v, '29-2072'), median(v, '29-9021'), median(v, '11-9111')]).toEqual([51140, 68020, 123860]);
		expect(v.pay.rows.filter((r) => r.emphasis).map((r) => r.soc)).toEqual(['29-2072']);
		expect(v.pay).toMatchObject({ basis: 'annual', release: 'May 2025', topCode: { missing: 'notAvailable' }, provenance: { sourceId: 'oews-national-2025' } });
		expect(v.pay.source).toBe('U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025.');
		expect(v.profile.pay.annual?.employment).toBe(194720);
	});

	it('draws the outlook of every shown career with a projection, the all-occupations rate as reference', () => {
		const v = view('29-2072');
		expect(v.outlookPeriod).toBe('2024–34');
		expect(v.outlook.rows.map((r) => [r.soc, r.growth.percentChange, r.emphasis])).toEqual([
			['29-2072', 7.1, true],
			['11-9111', 23.2, false],
			['13-1041', 3, false],
			['29-9021', 14.7, false]
		]);
		expect(v.outlook.allRate).toBe(3.1);
		expect(v.outlook.provenance).toEqual({ sources: ds.sources });
		expect(v.outlookMissing).toEqual([]);
		expect(careerView({ ...ds, projections: ds.projections.filter((p) => p.soc !== '13-1041') }, new URLSearchParams(), careerBySoc(ds.careers, '29-2072')!).outlookMissing).toEqual(['Compliance Officers']);
	});

	it.each([
		['an older release once its rows are in', '?release=2024', ds.wages, 'oews-national-2024', undefined, [], 50250],
		['the latest while the older one is fetched', '?release=2024', ds.wages.filter((w) => w.sourceId !== 'oews-national-2024'), 'oews-national-2025', 'oews-national-2024', [], 51140],
		['an unknown release: the latest and a notice', '?release=1999', ds.wages, 'oews-national-2025', undefined, ['Release "1999" is not in the data (available: 2024, 2025)'], 51140]
	])('%s', (_n, search, wages, releaseId, pendingId, invalid, coderMedian) => {
		const v = careerView({ ...ds, wages }, new URLSearchParams(search), careerBySoc(ds.careers, '29-2072')!);
		expect([v.release.id, v.pending?.id, v.invalid, median(v, '29-2072')]).toEqual([releaseId, pendingId, invalid, coderMedian]);
	});

	it('on an older release, only careers with pay in it are related', () => {
		expect(view('29-2072', '?release=2024').related.map((c) => c.soc)).toEqual(['29-9021']);
	});

	it('keeps the trend waiting until every release is fetched', () => {
		expect(view('29-2072', '', () => false).history).toBeNull();
		expect(view('29-2072').history).toBe(ds.wages);
	});

	it('writes the release back alone, leaving out the default', () => {
		const v = view('29-2072', '?release=2024&pay=hourly');
		expect(v.search({ release: '2025' })).toBe('');
		expect(v.search({ release: '2024' })).toBe('?release=2024');
	});

	it('lists credentials, the facts file\'s gap sentence, and the coders\' remote-work survey only on the coder\'s page', () => {
		const coder = view('29-2072');
		expect(coder.credentials.recorded.map((r) => r.code)).toEqual(['RHIA']);
		expect(coder.credentials.namedInSurveys.map((n) => n.code).sort()).toEqual(['CPC', 'CRC']);
		expect(coder.credentialGaps).toBe('No public source was found for AAPC CPC or AHIMA CCS/CCA/RHIT requirements.');
		expect(coder.remoteSurvey).toEqual([REMOTE]);
		expect(view('29-2033').remoteSurvey).toEqual([]);
		expect(careerView({ ...ds, sources: ds.sources.filter((s) => s.id !== 'certification-facts') }, new URLSearchParams(), careerBySoc(ds.careers, '29-2072')!).credentialGaps).toBe('');
	});

	it.each([
		['the coder: the featured comparison', '29-2072', [['29-2072', 'Postsecondary nondegree award', 51140], ['29-2033', "Associate's degree", 101370], ['29-1071', "Master's degree", 135880]]],
		['another career: it against the coder', '29-2033', [['29-2033', "Associate's degree", 101370], ['29-2072', 'Postsecondary nondegree award', 51140]]]
	])('payback careers for %s', (_n, soc, expected) => {
		expect(view(soc).paybackCareers.map((c) => [c.soc, c.education, c.pay?.median])).toEqual(expected);
	});

	it('titles by code, falling back to the code', () => {
		expect(view('29-2072').titleOf('29-9021')).toBe('Health Information Technologists and Medical Registrars');
		expect(view('29-2072').titleOf('99-9999')).toBe('99-9999');
	});
});

describe('careerView, read field by field', () => {
	const coder = careerBySoc(ds.careers, '29-2072')!;
	const before = careerView({ ...ds, wages: ds.wages.filter((w) => w.sourceId === 'oews-national-2025') }, new URLSearchParams(), coder, () => false);
	const after = careerView(ds, new URLSearchParams(), coder, () => true);

	it.each([
		['pay', true],
		['outlook', true],
		['profile', true],
		['credentials', true],
		['paybackCareers', true],
		['titleOf', true],
		['history', false]
	] as const)('when every release arrives, %s keeps its data: %s', (field, same) => {
		expect(sameData(before[field], after[field])).toBe(same);
	});
});
