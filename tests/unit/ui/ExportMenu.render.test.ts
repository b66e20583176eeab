import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import GrowthScatter from '../../../src/lib/charts/GrowthScatter.svelte';
import OutlookChart from '../../../src/lib/charts/OutlookChart.svelte';
import PayRangeChart from '../../../src/lib/charts/PayRangeChart.svelte';
import TrainingChart from '../../../src/lib/charts/TrainingChart.svelte';
import TrendChart from '../../../src/lib/charts/TrendChart.svelte';
import ExportMenu from '../../../src/lib/ui/ExportMenu.svelte';
import { summarizeGrowth } from '../../../src/lib/model/summarizeGrowth';
import { projection } from '../../fixtures/model/build';
import { SOURCES } from '../export/sources';

const provenance = { sources: SOURCES, sourceId: 'oews-national-2024' };
const SOURCE = 'U.S. Bureau of Labor Statistics, test fixture';
// EP 2024–34, 29-2072: +7.1%, 14.2 thousand openings a year, median wage $50,250 (OEWS May 2024).
const growth = [{ soc: '29-2072', label: 'Medical Records Specialists', wage: 50250, change: 7.1, openings: 14.2, emphasis: true, labelled: true }];
const pay = [{ soc: '29-2072', label: 'Medical Records Specialists', p10: 1, p25: 2, median: 3, p75: 4, p90: 5, emphasis: true }];

const charts: [string, (withProvenance: boolean) => string][] = [
	['PayRangeChart', (w) => render(PayRangeChart, { props: { id: 'p', rows: pay, basis: 'annual', release: 'May 2024', topCode: 239200, source: SOURCE, provenance: w ? provenance : undefined } }).body],
	['TrendChart', (w) => render(TrendChart, { props: { id: 't', series: [], topCodes: {}, source: SOURCE, provenance: w ? provenance : undefined } }).body],
	[
		'OutlookChart',
		(w) => render(OutlookChart, { props: { id: 'o', rows: [{ soc: '29-2072', label: 'MRS', emphasis: true, growth: summarizeGrowth(projection(), 3.1) }], source: SOURCE, provenance: w ? provenance : undefined } }).body
	],
	['TrainingChart', (w) => render(TrainingChart, { props: { id: 'tr', rows: [], topCode: 239200, payRelease: 'OEWS May 2024', source: SOURCE, provenance: w ? provenance : undefined } }).body],
	['GrowthScatter', (w) => render(GrowthScatter, { props: { id: 'g', points: growth, topCode: 239200, source: SOURCE, provenance: w ? provenance : undefined } }).body]
];

describe.each(charts)('%s download menu', (_, body) => {
	it('appears, closed, when the page passes provenance', () => {
		const html = body(true);
		expect(html).toMatch(/<button[^>]*aria-expanded="false"[^>]*aria-label="Download: [^"]+"[^>]*>\s*Download/);
		expect(html).toMatch(/<div class="panel[^"]*" id="[^"]+-menu" hidden/);
		expect(html).not.toMatch(/NaN|undefined/);
	});
	it('stays away without provenance (the props are optional)', () => {
		expect(body(false)).not.toContain('aria-expanded');
	});
});

describe('ExportMenu', () => {
	const download = { title: 'Median pay', fileStem: 'median', sources: SOURCES, rows: () => [] };
	it('offers CSV, metadata and the BOM box; images only for charts', () => {
		const table = render(ExportMenu, { props: { download, images: false } }).body;
		expect(table).toContain('data-export="csv"');
		expect(table).toContain('data-export="metadata"');
		expect(table).toMatch(/<input type="checkbox"[^>]*checked/);
		expect(table).not.toContain('data-export="svg"');
		const chart = render(ExportMenu, { props: { download } }).body;
		for (const item of ['svg', 'png', 'png2x']) expect(chart).toContain(`data-export="${item}"`);
	});
	it('its button controls its panel', () => {
		const html = render(ExportMenu, { props: { download } }).body;
		const controls = html.match(/aria-controls="([^"]+)"/)![1];
		expect(html).toContain(`id="${controls}"`);
	});
});

describe('a chart with nothing to draw offers no download of nothing', () => {
	it.each([
		['PayRangeChart', () => render(PayRangeChart, { props: { id: 'p', rows: [], basis: 'annual', release: 'May 2024', topCode: 239200, source: SOURCE, provenance } }).body],
		['GrowthScatter', () => render(GrowthScatter, { props: { id: 'g', points: [], topCode: 239200, source: SOURCE, provenance } }).body]
	])('%s', (_, body) => {
		const html = body();
		expect(html).not.toContain('aria-expanded');
		expect(html).not.toMatch(/<svg[^>]*role="img"/);
	});
});
