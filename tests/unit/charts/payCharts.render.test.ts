import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import SettingsChart from '../../../src/lib/charts/SettingsChart.svelte';
import StateMap from '../../../src/lib/charts/StateMap.svelte';
import SurveyChart from '../../../src/lib/charts/SurveyChart.svelte';
import { statesFromTopology } from '../../../src/lib/charts/layoutStateMap';
import type { Figure } from '../../../src/lib/data/schema';
import { STATES } from '../../../src/lib/data/states';
import type { SettingRow } from '../../../src/lib/model/settingsProfile';
import type { StateWageRow } from '../../../src/lib/model/stateWages';
import type { SurveyRow } from '../../../src/lib/model/surveyRows';

const TOP: Figure = { missing: 'topCoded' };
const NA: Figure = { missing: 'notAvailable' };
const SOURCE = 'U.S. Bureau of Labor Statistics, test fixture';

const setting = (naics: string, industry: string, employment: Figure, median: Figure, parent = '', p90: Figure = 90000): SettingRow => ({
	naics, industry, ownCode: '5', sourceId: 'oews-sector-2024', kind: parent ? 'industry' : 'sector', parent, employment,
	mean: 52000, p10: 35000, p25: 40000, median, p75: 60000, p90
});
const settings = [
	setting('52', 'Finance and Insurance', 5790, 63360),
	setting('524100', 'Insurance Carriers', 4430, 63790, '52'),
	setting('53', 'Real Estate and Rental and Leasing', NA, 50890),
	setting('55', 'Management of Companies', 10, 60750, '', TOP),
	setting('71', 'Arts', 20, NA)
];

const features = statesFromTopology(JSON.parse(readFileSync(new URL('../../../node_modules/us-atlas/states-albers-10m.json', import.meta.url), 'utf8')) as Topology);
const stateRows: StateWageRow[] = STATES.map((s, i) => ({
	...s,
	mean: s.postal === 'AL' ? 42970 : s.postal === 'CA' ? 64070 : s.postal === 'GU' || s.postal === 'WY' ? NA : 45000 + i * 100,
	sourceId: 'oews-state-2023'
}));

const survey = (category: string, surveyYear: number, value: number, over: Partial<SurveyRow> = {}): SurveyRow => ({
	key: `${category}|${surveyYear}|${value}`, sourceId: `aapc-${surveyYear}`, organization: 'AAPC', surveyYear, reportLabel: `AAPC ${surveyYear} Salary Survey`,
	dimension: 'credential', category, statistic: 'mean', value, population: 'coders', sourceUrl: 'https://example.org/a', sourceKind: 'trade press', notes: '', conflict: false, ...over
});
const surveys = [survey('CPC', 2010, 39953), survey('CPC', 2018, 54401, { population: '' }), survey('CPB', 2019, 55078, { statistic: 'median', conflict: true })];
const bls = { p25: 40000, median: 50000, p75: 62000, label: 'BLS median, May 2025 (all medical records specialists)' };

const cases: { name: string; body: () => string; title: string; rows: number }[] = [
	{
		name: 'SettingsChart',
		body: () => render(SettingsChart, { props: { id: 'settings', career: 'Medical Records Specialists', rows: settings, basis: 'annual', release: 'May 2024', topCode: 239200, source: SOURCE } }).body,
		title: 'Pay by work setting: Medical Records Specialists',
		rows: settings.length
	},
	{
		name: 'SettingsChart (hourly, no rows)',
		body: () => render(SettingsChart, { props: { id: 'settings', career: 'X', rows: [], basis: 'hourly', release: 'May 2024', topCode: 115, source: SOURCE } }).body,
		title: 'Pay by work setting: X',
		rows: 0
	},
	{
		name: 'StateMap',
		body: () => render(StateMap, { props: { id: 'map', career: 'Medical Records Specialists', features, rows: stateRows, basis: 'annual', release: 'May 2023', topCode: 239200, source: SOURCE, selected: 'AL' } }).body,
		title: 'Pay by location: Medical Records Specialists',
		rows: STATES.length
	},
	{
		name: 'StateMap (mean divided by the BEA price parity)',
		body: () =>
			render(StateMap, {
				props: {
					id: 'map', career: 'Medical Records Specialists', features, rows: stateRows, basis: 'annual', release: 'May 2023', topCode: 239200, source: SOURCE, selected: 'AL',
					prices: 'rpp', parities: [{ fips: '01', state: 'Alabama', year: 2023, rpp: 89.097 }, { fips: '06', state: 'California', year: 2023, rpp: 112.195 }]
				}
			}).body,
		title: 'Pay by location, adjusted for prices: Medical Records Specialists',
		rows: STATES.length
	},
	{
		name: 'SurveyChart',
		body: () => render(SurveyChart, { props: { id: 'survey', breakdown: 'By credential', rows: surveys, bls, blsSource: SOURCE } }).body,
		title: 'Survey salaries by credential',
		rows: surveys.length
	}
];

describe.each(cases)('$name renders on the server', ({ body, title, rows }) => {
	const html = body();
	it('has no NaN, undefined or Infinity', () => expect(html).not.toMatch(/NaN|undefined|Infinity/));
	it('draws an SVG with role="img" and a non-empty aria-label', () => {
		const label = html.match(/<svg[^>]*role="img"[^>]*aria-label="([^"]*)"/);
		expect(label).not.toBeNull();
		expect(label![1].trim().length).toBeGreaterThan(0);
	});
	it('has a table twin with one body row per input row', () => {
		const tbody = html.match(/<tbody>([\s\S]*?)<\/tbody>/);
		expect(tbody).not.toBeNull();
		expect((tbody![1].match(/<tr[\s>]/g) ?? []).length).toBe(rows);
	});
	it('shows the title and the source', () => {
		expect(html).toContain(title);
		expect(html).toContain(SOURCE);
	});
});

describe('chart-specific text', () => {
	it('SettingsChart: subtitle names OEWS May 2024 national by industry; markers read as meanings', () => {
		const html = cases[0].body();
		expect(html).toContain('OEWS May 2024, national, by industry');
		expect(html).toContain('$63,790');
		expect(html).toContain('4,430 jobs');
		expect(html).toContain('employment not published');
		expect(html).toContain('≥ $239,200');
		expect(html).toContain('of which: Insurance Carriers');
	});
	it('StateMap: 51 shapes, hatch for missing, territories named as not drawn, means not medians', () => {
		const html = cases[2].body();
		expect((html.match(/<path[^>]*data-postal=/g) ?? []).length).toBe(51);
		expect(html).toContain('url(#map-hatch)');
		expect(html).toMatch(/Not drawn[^<]*Puerto Rico/);
		expect(html).toContain('Mean annual wage (average, not median)');
		expect(html).toContain('$42,970');
		expect(html).toContain('$64,070');
		expect(html).toContain('not published');
	});
	it('StateMap adjusted for prices: its own statistic in subtitle, legend and table, the published mean beside it, and why an area has none', () => {
		const html = cases[3].body();
		expect(html).toContain('Mean annual wage divided by the BEA Regional Price Parity of 2023 (all items, U.S. = 100), by state, OEWS May 2023 and BEA 2023');
		expect(html).toContain('Mean ÷ BEA price parity 2023:');
		expect(html).toContain('Published mean (unadjusted)');
		// 42,970 / 0.89097 and 64,070 / 1.12195, each beside the published mean
		expect(html).toMatch(/data-stat="mean_divided_by_rpp_2023">\$48,228<\/td>\s*<td data-stat="mean">\$42,970<\/td>\s*<td data-stat="rpp">89.097/);
		expect(html).toMatch(/data-stat="mean_divided_by_rpp_2023">\$57,106<\/td>\s*<td data-stat="mean">\$64,070/);
		expect(html).toContain('none: no BEA price parity for territories');
		expect(html).toContain('AL $48,228');
	});
	it('StateMap without shapes: a loading note and the full table', () => {
		const html = render(StateMap, { props: { id: 'map', career: 'X', features: null, rows: stateRows, basis: 'hourly', release: 'May 2023', topCode: 115, source: SOURCE } }).body;
		expect(html).toContain('Loading the state outlines');
		expect(html).not.toMatch(/NaN|undefined/);
		expect((html.match(/<tr data-postal=/g) ?? []).length).toBe(STATES.length);
	});
	it('SurveyChart: every figure names its survey year; the BLS context is labelled and apart', () => {
		const html = cases.find((c) => c.name === 'SurveyChart')!.body();
		for (const y of ['2010', '2018', '2019']) expect(html).toContain(`AAPC ${y} survey`);
		expect(html).toContain('BLS median, May 2025 (all medical records specialists)');
		expect(html).toContain('<tfoot>');
		expect(html).toContain('population not stated');
		expect(html).toContain('(reports differ)');
	});
});
