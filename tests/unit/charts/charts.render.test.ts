import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import OutlookChart from '../../../src/lib/charts/OutlookChart.svelte';
import PayRangeChart from '../../../src/lib/charts/PayRangeChart.svelte';
import TrainingChart from '../../../src/lib/charts/TrainingChart.svelte';
import TrendChart from '../../../src/lib/charts/TrendChart.svelte';
import type { OutlookRow } from '../../../src/lib/charts/layoutOutlook';
import type { PayRangeRow } from '../../../src/lib/charts/layoutPayRange';
import type { TrainingRow } from '../../../src/lib/charts/layoutTraining';
import type { TrendSeries } from '../../../src/lib/charts/layoutTrend';
import type { Figure } from '../../../src/lib/data/schema';
import { summarizeGrowth } from '../../../src/lib/model/summarizeGrowth';
import { HYBRID_2020_NOTE } from '../../../src/lib/model/trendAcrossReleases';
import { projection } from '../../fixtures/model/build';

const TOP: Figure = { missing: 'topCoded' };
const NA: Figure = { missing: 'notAvailable' };
const NOT_IN: Figure = { missing: 'notInRelease' };
const SOURCE = 'U.S. Bureau of Labor Statistics, test fixture';

const YEARS = [2020, 2021, 2023, 2024];
const trend = (soc: string, label: string, values: Figure[], notes: string[] = []): TrendSeries => ({
	soc,
	label,
	points: values.map((value, i) => ({
		sourceId: `oews-national-${YEARS[i]}`,
		release: `May ${YEARS[i]}`,
		date: `${YEARS[i]}-05-01`,
		value,
		note: notes[i] ?? ''
	}))
});
const topCodes: Record<string, Figure> = { 'oews-national-2020': 208000, 'oews-national-2021': 208000, 'oews-national-2023': 239200, 'oews-national-2024': 239200 };
const series = [
	trend('29-2072', 'Medical Records Specialists', [NOT_IN, 46660, 48780, 50250], [HYBRID_2020_NOTE]),
	trend('29-1151', 'Nurse Anesthetists', [189190, 195610, TOP, 214200]),
	trend('29-9021', 'Health Information Technologists', [NOT_IN, NA, NA, NA], [HYBRID_2020_NOTE])
];

const outlook = (soc: string, label: string, percentChange: Figure, emphasis = false): OutlookRow => ({
	soc,
	label,
	emphasis,
	growth: summarizeGrowth(projection({ soc, title: label, percentChange }), 3.1)
});
const outlookRows = [
	outlook('29-2072', 'Medical records specialists', 7.1, true),
	outlook('43-3021', 'Billing and posting clerks', -5.4, true),
	outlook('29-9999', 'Unpublished', NA)
];

const training = (soc: string, label: string, education: string, medianPay: Figure, openings: Figure): TrainingRow => ({
	soc,
	label,
	education,
	medianPay,
	openings,
	emphasis: soc === '29-2072'
});
const trainingRows = [
	training('29-2072', 'Medical Records Specialists', 'Postsecondary nondegree award', 50250, 14.2),
	training('29-1151', 'Nurse Anesthetists', "Master's degree", TOP, 3.3),
	training('29-2034', 'Radiologic Technologists', "Associate's degree", 77660, NA),
	training('29-9999', 'Unknown training', '', 50000, 1)
];

const payRows: PayRangeRow[] = [
	{ soc: '29-2072', label: 'Medical Records Specialists', p10: 35080, p25: 39620, median: 48780, p75: 61960, p90: 77810, emphasis: true },
	{ soc: '29-1151', label: 'Nurse Anesthetists', p10: 139980, p25: 180840, median: 212650, p75: TOP, p90: TOP, emphasis: false }
];

const cases: { name: string; body: () => string; title: string; rows: number }[] = [
	{
		name: 'TrendChart',
		body: () => render(TrendChart, { props: { id: 'trend', series, topCodes, source: SOURCE } }).body,
		title: 'Pay across releases',
		rows: series.length
	},
	{
		name: 'TrendChart (employment, no series)',
		body: () => render(TrendChart, { props: { id: 'trend', series: [], stat: 'employment', topCodes: {}, source: SOURCE } }).body,
		title: 'Pay across releases',
		rows: 0
	},
	{
		name: 'OutlookChart',
		body: () => render(OutlookChart, { props: { id: 'outlook', rows: outlookRows, source: SOURCE } }).body,
		title: 'Job outlook by career',
		rows: outlookRows.length
	},
	{
		name: 'TrainingChart',
		body: () => render(TrainingChart, { props: { id: 'training', rows: trainingRows, topCode: 239200, payRelease: 'OEWS May 2024', source: SOURCE } }).body,
		title: 'Training and pay',
		rows: trainingRows.length
	},
	{
		name: 'PayRangeChart',
		body: () => render(PayRangeChart, { props: { id: 'pay', rows: payRows, basis: 'annual', release: 'May 2023', topCode: 239200, source: SOURCE } }).body,
		title: 'Pay range by career',
		rows: payRows.length
	}
];

describe.each(cases)('$name renders on the server', ({ body, title, rows }) => {
	const html = body();
	it('has no NaN, undefined or Infinity', () => {
		expect(html).not.toMatch(/NaN|undefined|Infinity/);
	});
	it('draws an SVG with role="img" and a non-empty aria-label', () => {
		const label = html.match(/<svg[^>]*role="img"[^>]*aria-label="([^"]*)"/);
		expect(label).not.toBeNull();
		expect(label![1].trim().length).toBeGreaterThan(0);
	});
	it('has a table twin with one body row per input row', () => {
		const tbody = html.match(/<tbody>([\s\S]*?)<\/tbody>/);
		expect(html).toContain('<table');
		expect(tbody).not.toBeNull();
		expect((tbody![1].match(/<tr[\s>]/g) ?? []).length).toBe(rows);
	});
	it('shows the title and the source', () => {
		expect(html).toContain(title);
		expect(html).toContain(SOURCE);
	});
});

describe('chart-specific text', () => {
	it('TrendChart: the gap note under the chart and in the table; top-coded as "≥ $…"', () => {
		const html = cases[0].body();
		// Markup aside (Svelte's comments, the nowrap span around a SOC code), the cell reads as the note.
		expect(html.replace(/<!--[^>]*-->/g, '')).toContain(`not in this release — ${HYBRID_2020_NOTE.replace('29-2098', '<span class="soc">29-2098</span>')}`);
		expect(html).toContain('Gap at May 2020');
		expect(html).toContain('≥ $239,200');
	});
	it('OutlookChart: the fixed subtitle, direct labels and the growth label', () => {
		const html = cases[2].body();
		expect(html).toContain('Projected change in employment, 2024–34, and average annual openings (BLS Employment Projections)');
		expect(html).toContain('+7.1% · 14,200 openings a year');
		expect(html).toContain('above the 3.1% for all occupations');
		expect(html).toContain('194,800');
	});
	it('TrainingChart: says the years are approximate and why a career is not drawn', () => {
		const html = cases[3].body();
		expect(html).toContain('approximation');
		expect(html).toContain('Not drawn: Unknown training, typical entry education not published');
		expect(html).toContain('≥ $239,200');
	});
});
