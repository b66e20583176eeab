import { describe, expect, it } from 'vitest';
import { layoutSettings, settingLabel, settingsJobsMax, settingsWageMax } from '../../../src/lib/charts/layoutSettings';
import type { Figure } from '../../../src/lib/data/schema';
import type { SettingRow } from '../../../src/lib/model/settingsProfile';
import { findNaN } from './noNaN';

const TOP: Figure = { missing: 'topCoded' };
const NA: Figure = { missing: 'notAvailable' };
const row = (naics: string, industry: string, employment: Figure, p: Figure[], parent = ''): SettingRow => ({
	naics,
	industry,
	ownCode: '5',
	sourceId: parent ? 'oews-industry-2024' : 'oews-sector-2024',
	kind: parent ? 'industry' : 'sector',
	parent,
	employment,
	mean: NA,
	p10: p[0],
	p25: p[1],
	median: p[2],
	p75: p[3],
	p90: p[4]
});
// OEWS May 2024, 29-2072: Finance and Insurance and its insurance carriers (published medians and employment).
const finance = row('52', 'Finance and Insurance', 5790, [40000, 50000, 63360, 75000, 90000]);
const carriers = row('524100', 'Insurance Carriers', 4430, [41000, 51000, 63790, 76000, 91000], '52');
const health = row('62', 'Health Care and Social Assistance', 122640, [35000, 40000, 48690, 60000, 75000]);
const realEstate = row('53', 'Real Estate and Rental and Leasing', NA, [30000, 40000, 50890, 60000, 70000]);
const topped = row('55', 'Management of Companies', 100, [150000, 200000, 230000, TOP, TOP]);
const blank = row('71', 'Arts', 50, [NA, NA, NA, NA, NA]);
const rows = [health, finance, carriers, realEstate, topped, blank];

const xs = (b: ReturnType<typeof layoutSettings>['bars'][number]) =>
	[b.whisker?.x1, b.whisker?.x2, b.box?.x1, b.box?.x2, b.median?.x, b.jobs?.x1, b.jobs?.x2].filter((v): v is number => v !== undefined);

describe('layoutSettings', () => {
	it.each([320, 375, 640, 1200, 1920])('every mark inside a %i px chart, no NaN', (width) => {
		const layout = layoutSettings(rows, 'annual', width, 239200, () => 'median $63,790 · 4,430 jobs');
		expect(findNaN(layout)).toEqual([]);
		for (const b of layout.bars) for (const x of xs(b)) expect(x).toBeGreaterThanOrEqual(0), expect(x).toBeLessThanOrEqual(width);
		for (const t of layout.ticks) expect(t.x).toBeLessThanOrEqual(width);
	});
	it('one bar per row, in the given order, rows stacked downwards', () => {
		const layout = layoutSettings(rows, 'annual', 640, 239200);
		expect(layout.bars.map((b) => b.naics)).toEqual(rows.map((r) => r.naics));
		for (let i = 1; i < layout.bars.length; i++) expect(layout.bars[i].labelY).toBeGreaterThan(layout.bars[i - 1].barY);
		expect(layout.axisY).toBeGreaterThan(layout.bars.at(-1)!.barY);
	});
	it('employment bars are proportional to jobs; unpublished employment has no bar', () => {
		const layout = layoutSettings(rows, 'annual', 640, 239200);
		const len = (naics: string) => {
			const j = layout.bars.find((b) => b.naics === naics)!.jobs!;
			return j.x2 - j.x1;
		};
		expect(len('62') / len('52')).toBeCloseTo(122640 / 5790, 0);
		expect(layout.bars.find((b) => b.naics === '53')!.jobs).toBeNull();
	});
	it.each([320, 375, 1200])('employment has a column and an axis of its own, left of the wage axis (%i px)', (width) => {
		const layout = layoutSettings(rows, 'annual', width, 239200);
		const { x1, x2, ticks } = layout.jobsAxis;
		expect(x2).toBeLessThan(layout.plotLeft);
		expect(ticks.map((t) => t.label)).toEqual(['0', '123k']);
		for (const b of layout.bars) {
			if (b.jobs) expect(b.jobs.x1).toBeGreaterThanOrEqual(x1), expect(b.jobs.x2).toBeLessThanOrEqual(x2);
			for (const x of [b.whisker?.x1, b.box?.x1, b.median?.x].filter((v): v is number => v !== undefined)) expect(x).toBeGreaterThanOrEqual(layout.plotLeft);
		}
		for (const t of layout.ticks) expect(t.x).toBeGreaterThanOrEqual(layout.plotLeft);
	});
	it('industries are indented and read "of which"', () => {
		const bar = layoutSettings(rows, 'annual', 640, 239200).bars.find((b) => b.naics === '524100')!;
		expect(bar.indent).toBeGreaterThan(0);
		expect(bar.label).toBe('of which: Insurance Carriers');
	});
	it('top-coded points are drawn open at the threshold; unpublished wages say why', () => {
		const layout = layoutSettings(rows, 'annual', 640, 239200);
		const top = layout.bars.find((b) => b.naics === '55')!;
		expect(top.whisker).toMatchObject({ open: true });
		expect(top.box!.x2).toBe(top.whisker!.x2);
		const none = layout.bars.find((b) => b.naics === '71')!;
		expect(none).toMatchObject({ whisker: null, box: null, median: null, missing: 'notAvailable' });
	});
	it('two careers can share one wage and one jobs scale', () => {
		const wageMax = Math.max(settingsWageMax([health], 239200), settingsWageMax([topped], 239200));
		const jobsMax = Math.max(settingsJobsMax([health]), settingsJobsMax([topped]));
		const a = layoutSettings([health], 'annual', 640, 239200, undefined, { wageMax, jobsMax });
		const b = layoutSettings([topped], 'annual', 640, 239200, undefined, { wageMax, jobsMax });
		expect(a.ticks).toEqual(b.ticks);
		expect(b.bars[0].jobs!.x2 - b.bars[0].jobs!.x1).toBeLessThan(a.bars[0].jobs!.x2 - a.bars[0].jobs!.x1);
	});
	it('no rows: an axis and nothing else', () => {
		const layout = layoutSettings([], 'hourly', 375, 115);
		expect(layout.bars).toEqual([]);
		expect(findNaN(layout)).toEqual([]);
	});
	it.each([
		[{ naics: '99', industry: 'Federal, State, and Local Government, excluding …', kind: 'sector' as const }, 'Government (excl. state and local schools and hospitals, Postal Service)'],
		[{ naics: '62', industry: 'Health Care and Social Assistance', kind: 'sector' as const }, 'Health Care and Social Assistance']
	])('label %#', (r, label) => expect(settingLabel(r)).toBe(label));
});
