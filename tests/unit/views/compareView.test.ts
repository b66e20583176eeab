import { describe, expect, it } from 'vitest';
import { emptyDataset, type Dataset } from '../../../src/lib/model/dataset';
import { sameData } from '../../../src/lib/state/stableFields.svelte';
import { compareView } from '../../../src/lib/views/compareView';
import { handoutFacts } from '../../../src/lib/views/handoutFacts';
import { slideHeadline } from '../../../src/lib/views/slideHeadline';
import { career, projection, source, wage, wageSet } from '../../fixtures/model/build';

const ds: Dataset = {
	...emptyDataset(),
	sources: [
		source('oews-national-2023', '2023-05-01'),
		source('oews-national-2024', '2024-05-01'),
		{ ...source('ep-2024-34', '2024-09-01'), program: 'Employment Projections', release: '2024–34' }
	],
	careers: [career('29-2072', 'Medical Records Specialists'), career('29-2033', 'Nuclear Medicine Technologists'), career('29-1071', 'Physician Assistants')],
	wages: [
		wage({ sourceId: 'oews-national-2023' }),
		wage({ sourceId: 'oews-national-2024', annual: wageSet(36000, 40000, 50250, 62000, 78000) }),
		wage({ sourceId: 'oews-national-2024', soc: '29-2033', title: 'Nuclear Medicine Technologists', annual: wageSet(70000, 80000, 97020, 110000, 130000) })
	],
	projections: [projection(), projection({ soc: '29-2033', title: 'Nuclear medicine technologists', percentChange: 3, education: "Associate's degree" }), projection({ soc: '00-0000', title: 'Total, all occupations', percentChange: 3.1 })]
};

describe('compareView', () => {
	it.each([
		['an older release once its rows are in', ds.wages, 'oews-national-2023', undefined],
		['the latest while the older one is fetched', ds.wages.filter((w) => w.sourceId !== 'oews-national-2023'), 'oews-national-2024', 'oews-national-2023']
	])('release=2023: %s', (_n, wages, shownId, pendingId) => {
		const view = compareView({ ...ds, wages }, new URLSearchParams('careers=29-2072,29-2033&release=2023'));
		expect([view.release.id, view.pending?.id, view.filters.release, view.pay.provenance.sourceId]).toEqual([shownId, pendingId, '2023', shownId]);
	});

	it('gives the payback calculator each chosen career with its annual pay of the chosen release and its entry education', () => {
		const view = compareView(ds, new URLSearchParams('careers=29-2072,29-2033&release=2024'));
		expect(view.payback.map((c) => [c.soc, c.title, c.education, c.pay?.median])).toEqual([
			['29-2072', 'Medical Records Specialists', 'Postsecondary nondegree award', 50250],
			['29-2033', 'Nuclear Medicine Technologists', "Associate's degree", 97020]
		]);
	});
	it('defaults to the default comparison and the latest release', () => {
		const view = compareView(ds, new URLSearchParams());
		expect(view.filters).toMatchObject({ careers: ['29-2072', '29-2033', '29-1071'], ref: '29-2072', release: '2024', basis: 'annual' });
		expect(view.invalid).toEqual([]);
		expect(view.pay.rows.map((r) => r.soc)).toEqual(['29-2072', '29-2033']);
		expect(view.pay.provenance).toMatchObject({ sourceId: 'oews-national-2024' });
		expect(view.missingPay.map((r) => r.career.soc)).toEqual(['29-1071']);
		expect(view.trend.series.map((s) => s.points.length)).toEqual([2, 2, 2]);
		expect(view.outlook.rows.map((r) => r.soc)).toEqual(['29-2072', '29-2033']);
		expect(view.training.provenance.sourceId).toBe('ep-2024-34');
	});

	it.each<[string, string, (number | null)[], string | undefined]>([
		['nominal by default', '', [50250], undefined],
		['?dollars=real deflates each point with its year\'s CPI-U', '?dollars=real', [Math.round(((50250 * 321.943) / 313.689) * 100) / 100], 'in 2025 dollars (CPI-U)']
	])('trend dollars: %s', (_n, search, latest, label) => {
		const cpi = [{ year: 2023, index: 304.702 }, { year: 2024, index: 313.689 }, { year: 2025, index: 321.943 }];
		const view = compareView(ds, new URLSearchParams(search), cpi);
		expect([view.trend.series[0].points[1].value]).toEqual(latest);
		expect(view.trend.dollars).toBe(label);
		if (label) expect(view.trend.source).toContain('CPI-U');
	});

	it('?dollars=real without CPI-U data stays in dollars as published', () => {
		expect(compareView(ds, new URLSearchParams('?dollars=real')).trend.series[0].points[1].value).toBe(50250);
	});

	it('keeps the latest published release as the default when an imported file is newer', () => {
		const withImport = { ...ds, sources: [...ds.sources, { ...source('import-abc123-national', '2026-05-01'), release: 'May 2026 — your file', origin: 'imported' as const }] };
		expect(compareView(withImport, new URLSearchParams()).filters.release).toBe('2024');
	});

	it('follows the URL and reports what it cannot use', () => {
		const view = compareView(ds, new URLSearchParams('careers=29-2033,29-2072&ref=29-2033&release=2023&pay=weekly'));
		expect(view.filters).toMatchObject({ careers: ['29-2033', '29-2072'], ref: '29-2033', release: '2023', basis: 'annual' });
		expect(view.invalid).toEqual(['Pay "weekly" must be annual or hourly']);
		// The reference has no May 2023 row: the other career keeps its median, with nothing to compare against.
		expect(view.pay.rows.map((r) => r.soc)).toEqual(['29-2072']);
		expect(view.pay.absent).toEqual(['Nuclear Medicine Technologists']);
		expect(view.versus.map((v) => [v.soc, v.value, v.difference])).toEqual([['29-2072', 48780, { missing: 'notInRelease' }]]);
	});

	it('the growth scatter emphasises and labels the chosen careers', () => {
		const view = compareView(ds, new URLSearchParams('careers=29-2072'));
		expect(view.growth.points.find((p) => p.soc === '29-2072')).toMatchObject({ emphasis: true, labelled: true });
		expect(view.growth.points.find((p) => p.soc === '29-2033')).toMatchObject({ emphasis: false, labelled: false });
	});
});

describe('slideHeadline', () => {
	const view = compareView(ds, new URLSearchParams('careers=29-2072,29-2033'));
	it.each([
		['pay', 'Medical Records Specialists: median $50,250 a year (OEWS May 2024)'],
		['trend', 'Medical Records Specialists: median $48,780 (May 2023) → $50,250 (May 2024)'],
		['outlook', 'Medical Records Specialists: +7.1% jobs 2024–34 (above the 3.1% for all occupations), 14,200 openings a year'],
		['training', 'Medical Records Specialists: postsecondary nondegree award; median $50,250 a year (May 2024)'],
		['growth', 'Medical Records Specialists: +7.1% jobs 2024–34 at a median of $50,250 a year, among 2 healthcare careers']
	] as const)('%s: %s', (chart, text) => {
		expect(slideHeadline(chart, view)).toBe(text);
	});

	it('the trend slide is headed by its name while the earlier releases are still being fetched; the others keep theirs', () => {
		expect(slideHeadline('trend', view, true)).toBe('Pay across releases');
		expect(slideHeadline('pay', view, true)).toBe('Medical Records Specialists: median $50,250 a year (OEWS May 2024)');
	});

	it('says so when the reference has no published pay', () => {
		const noPay = compareView(ds, new URLSearchParams('careers=29-1071,29-2072&ref=29-1071'));
		expect(slideHeadline('pay', noPay)).toBe('Physician Assistants: pay not published in OEWS May 2024');
		expect(slideHeadline('outlook', noPay)).toBe('Physician Assistants: no projection published');
		expect(slideHeadline('growth', noPay)).toBe('Physician Assistants: no projection published (among 2 healthcare careers)');
	});
});

describe('handoutFacts', () => {
	it('formats every key figure of each career with its unit', () => {
		const view = compareView(ds, new URLSearchParams('careers=29-2072,29-1071&pay=hourly'));
		const [mrs, pa] = handoutFacts(ds, view);
		expect(mrs).toMatchObject({ soc: '29-2072', median: '$23.45', per: 'an hour', range: '$16.87 – $37.41', jobs: '185,690', growth: '+7.1%', outlook: 'above the 3.1% for all occupations', openings: '14,200', training: 'Postsecondary nondegree award', certification: 'none recorded' });
		expect(pa).toMatchObject({ median: 'not in OEWS May 2024', range: 'not published', growth: 'not published', outlook: '' });
	});

	it('lists the credentials the facts file and the surveys record, "none recorded" only without either', () => {
		const rhia = { sourceId: 'certification-facts', socs: ['29-9021', '29-2072'], occupation: '', factType: 'certification_eligibility', factValue: 'CAHIIM program', credential: 'RHIA', certifyingBody: 'AHIMA', sourcePublisher: 'guide', sourceUrl: 'https://example.org', sourceKind: 'study guide; verify', notes: '' };
		const cpc = { sourceId: 'aapc-2025', organization: 'AAPC', surveyYear: 2025, reportLabel: '', dimension: 'credential', category: 'CPC', statistic: 'mean', value: 67147, unit: 'USD/year', population: '', sourceUrl: '', sourceKind: '', notes: '' };
		const withCredentials = { ...ds, certifications: [rhia], surveys: [cpc] };
		const [mrs, nmt] = handoutFacts(withCredentials, compareView(withCredentials, new URLSearchParams('careers=29-2072,29-2033')));
		expect(mrs.certification).toBe('RHIA (AHIMA, source unverified); salary surveys name CPC');
		expect(nmt.certification).toBe('none recorded');
	});
});

describe('compareView, read field by field', () => {
	const latestOnly = { ...ds, wages: ds.wages.filter((w) => w.sourceId !== 'oews-national-2023') };
	const before = compareView(latestOnly, new URLSearchParams('careers=29-2072,29-2033'));
	const after = compareView(ds, new URLSearchParams('careers=29-2072,29-2033'));

	it.each([
		['pay', true],
		['outlook', true],
		['training', true],
		['payback', true],
		['versus', true],
		['filters', true],
		['titleOf', true],
		['trend', false]
	] as const)('when every release arrives, %s keeps its data: %s', (field, same) => {
		expect(sameData(before[field], after[field])).toBe(same);
	});
});
