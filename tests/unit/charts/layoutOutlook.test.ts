import { describe, expect, it } from 'vitest';
import { layoutOutlook, outlookText, type OutlookRow } from '../../../src/lib/charts/layoutOutlook';
import type { Figure } from '../../../src/lib/data/schema';
import { summarizeGrowth } from '../../../src/lib/model/summarizeGrowth';
import { projection } from '../../fixtures/model/build';
import { findNaN } from './noNaN';

const row = (soc: string, label: string, percentChange: Figure, openingsPerYear: Figure = 10, emphasis = false): OutlookRow => ({
	soc,
	label,
	emphasis,
	growth: summarizeGrowth(projection({ soc, title: label, percentChange, openingsPerYear }), 3.1)
});

const mrs = row('29-2072', 'Medical records specialists', 7.1, 14.2, true);
const billing = row('43-3021', 'Billing and posting clerks', -5.4, 58.3, true);
const managers = row('11-9111', 'Medical and health services managers', 23.2, 62.1);
const unpublished = row('29-9999', 'Unpublished projection', { missing: 'notAvailable' }, { missing: 'notAvailable' });

describe('outlookText', () => {
	it.each([
		[mrs, '+7.1% · 14,200 openings a year'],
		[billing, '−5.4% · 58,300 openings a year'],
		[unpublished, 'change not published · openings not published']
	])('%#: %s', (r, want) => expect(outlookText(r.growth)).toBe(want));
});

describe('layoutOutlook', () => {
	const cases: [string, OutlookRow[]][] = [
		['one row', [mrs]],
		['growth and decline', [mrs, billing, managers]],
		['all missing', [unpublished]],
		['mixed with missing', [mrs, unpublished, billing]],
		['none', []]
	];
	for (const width of [300, 320, 640, 1200])
		it.each(cases)(`%s at width ${width}: finite numbers, inside the chart`, (_, rows) => {
			const l = layoutOutlook(rows, width);
			expect(findNaN(l)).toEqual([]);
			expect(l.bars).toHaveLength(rows.length);
			expect(l.zeroX).toBeGreaterThanOrEqual(0);
			expect(l.zeroX).toBeLessThanOrEqual(width);
			for (const b of l.bars) {
				if (b.bar) {
					expect(b.bar.x).toBeGreaterThanOrEqual(0);
					expect(b.bar.x + b.bar.width).toBeLessThanOrEqual(width);
				}
				for (const line of b.lines) expect(l.textX + line.text.length * 7).toBeLessThanOrEqual(width);
			}
			// Tick labels are centred on their tick: the whole text stays inside.
			for (const t of l.ticks) expect(t.x - (t.label.length * 6) / 2).toBeGreaterThanOrEqual(0), expect(t.x + (t.label.length * 6) / 2).toBeLessThanOrEqual(width);
		});

	it('bars start at the zero line: growth to the right, decline to the left', () => {
		const l = layoutOutlook([mrs, billing], 640);
		const [up, down] = l.bars;
		expect(up.bar!.x).toBeCloseTo(l.zeroX);
		expect(up.bar!.declines).toBe(false);
		expect(down.bar!.x + down.bar!.width).toBeCloseTo(l.zeroX);
		expect(down.bar!.declines).toBe(true);
		// Declines put the zero line inside the axis, not at its edge.
		expect(l.zeroX).toBeGreaterThan(l.margin.left);
		expect(l.zeroX).toBeLessThan(l.width - l.margin.right);
	});

	it('growth only: zero line at the left edge', () => {
		const l = layoutOutlook([mrs, managers], 640);
		expect(l.zeroX).toBe(l.margin.left);
	});

	it('bar length is proportional to the percent change', () => {
		const [a, b] = layoutOutlook([mrs, managers], 640).bars;
		expect(a.bar!.width / b.bar!.width).toBeCloseTo(7.1 / 23.2);
	});

	it('missing change: no bar, and the reason', () => {
		const [b] = layoutOutlook([unpublished], 640).bars;
		expect(b.bar).toBeNull();
		expect(b.missing).toBe('notAvailable');
		expect(b.lines.map((x) => x.text).join(' ')).toContain('change not published');
	});

	it('wide: one line per row; narrow: name and figures on two lines', () => {
		expect(layoutOutlook([managers], 1200).bars[0].lines.map((x) => x.text)).toEqual([
			'Medical and health services managers: +23.2% · 62,100 openings a year'
		]);
		expect(layoutOutlook([managers], 320).bars[0].lines.map((x) => x.text)).toEqual([
			'Medical and health services managers',
			'+23.2% · 62,100 openings a year'
		]);
	});

	it('rows do not overlap', () => {
		const l = layoutOutlook([mrs, billing, managers], 320);
		for (let i = 1; i < l.bars.length; i++) expect(l.bars[i].lines[0].y - 12).toBeGreaterThan(l.bars[i - 1].bar!.y + l.bars[i - 1].bar!.height);
		expect(l.axisY).toBeGreaterThan(l.bars[2].bar!.y + l.bars[2].bar!.height);
	});
});

describe('layoutOutlook: the all-occupations reference line', () => {
	it.each([
		['between zero and the bars', [row('29-2072', 'MRS', 7.1)], 3.1, (l: ReturnType<typeof layoutOutlook>) => l.referenceX! > l.zeroX && l.referenceX! < l.bars[0].bar!.x + l.bars[0].bar!.width],
		['kept on the axis when every career declines', [row('43-3021', 'Billing', -5.4)], 3.1, (l: ReturnType<typeof layoutOutlook>) => l.referenceX! > l.zeroX && l.referenceX! <= l.width],
		['none without a rate', [row('29-2072', 'MRS', 7.1)], null, (l: ReturnType<typeof layoutOutlook>) => l.referenceX === null],
		['none without rows', [], 3.1, (l: ReturnType<typeof layoutOutlook>) => l.referenceX === null]
	] as const)('%s', (_n, rows, reference, holds) => {
		const layout = layoutOutlook(rows, 600, reference);
		expect(holds(layout)).toBe(true);
		expect(findNaN(layout)).toEqual([]);
	});
});
