import { describe, expect, it } from 'vitest';
import { layoutTraining, type TrainingRow } from '../../../src/lib/charts/layoutTraining';
import type { Figure } from '../../../src/lib/data/schema';
import { findNaN } from './noNaN';

const TOP: Figure = { missing: 'topCoded' };
const NA: Figure = { missing: 'notAvailable' };
const row = (soc: string, label: string, education: string, medianPay: Figure, openings: Figure, emphasis = false): TrainingRow => ({
	soc,
	label,
	education,
	medianPay,
	openings,
	emphasis
});

const mrs = row('29-2072', 'Medical Records Specialists', 'Postsecondary nondegree award', 50250, 14.2, true);
const rad = row('29-2034', 'Radiologic Technologists', "Associate's degree", 77660, 12.7);
const sono = row('29-2032', 'Diagnostic Medical Sonographers', "Associate's degree", 89340, 6.5);
const hit = row('29-9021', 'Health Information Technologists', "Associate's degree", 67310, 3.1, true);
const crna = row('29-1151', 'Nurse Anesthetists', "Master's degree", TOP, 3.3);
const pa = row('29-1071', 'Physician Assistants', "Master's degree", 133260, NA);
const noEducation = row('29-9999', 'Unknown', '', 50000, 1);
const noPay = row('29-8888', 'No pay', "Bachelor's degree", NA, 1);

/** A label's horizontal extent: its widest line at the chart's 6.4 px average glyph width. */
const span = (p: { labelX: number; labelText: string; anchor: 'start' | 'end' }): [number, number] => {
	const w = Math.max(...p.labelText.split('\n').map((l) => l.length)) * 6.4;
	return p.anchor === 'start' ? [p.labelX, p.labelX + w] : [p.labelX - w, p.labelX];
};

describe('layoutTraining', () => {
	const cases: [string, TrainingRow[]][] = [
		['one row', [mrs]],
		['six careers', [mrs, rad, sono, hit, crna, pa]],
		['top-coded', [crna]],
		['all missing', [noEducation, noPay]],
		['none', []]
	];
	for (const width of [300, 320, 640, 1200])
		it.each(cases)(`%s at width ${width}: finite numbers, inside the chart`, (_, rows) => {
			const l = layoutTraining(rows, width, 239200);
			expect(findNaN(l)).toEqual([]);
			for (const p of l.points) {
				expect(p.x - p.r).toBeGreaterThanOrEqual(0);
				expect(p.x + p.r).toBeLessThanOrEqual(width);
				expect(p.y).toBeLessThanOrEqual(l.axisY);
				const [from, to] = span(p);
				expect(from).toBeGreaterThanOrEqual(0);
				expect(to).toBeLessThanOrEqual(width);
			}
			for (const t of l.xTicks) expect(t.x).toBeGreaterThanOrEqual(0), expect(t.x).toBeLessThanOrEqual(width);
			expect(l.points.length + l.skipped.length).toBe(rows.length);
		});

	it('x is the years of training; y is pay from zero', () => {
		const l = layoutTraining([mrs, rad], 640, 239200);
		const [a, b] = l.points;
		expect([a.years, b.years]).toEqual([1, 2]);
		expect(b.x).toBeGreaterThan(a.x);
		expect(b.y).toBeLessThan(a.y);
		expect(l.yTicks[0]).toMatchObject({ y: l.axisY, label: '$0' });
	});

	it('bubble area, not radius, is proportional to openings', () => {
		const [a, b] = layoutTraining([mrs, hit], 640, 239200).points;
		expect((a.r / b.r) ** 2).toBeCloseTo(14.2 / 3.1);
	});

	it('top-coded pay sits at the threshold, open, labelled "≥ $…"', () => {
		const l = layoutTraining([crna, rad], 640, 239200);
		const p = l.points[0];
		expect(p.atLeast).toBe(true);
		expect(p.labelText).toContain('≥ $239,200');
		const t200 = l.yTicks.find((t) => t.label === '$200k')!;
		expect((l.axisY - p.y) / (l.axisY - t200.y)).toBeCloseTo(239200 / 200000);
		expect(p.y).toBeGreaterThanOrEqual(l.plot.top);
	});

	it('top-coded without a threshold is skipped with a reason', () => {
		const l = layoutTraining([crna], 640, NA);
		expect(l.points).toEqual([]);
		expect(l.skipped).toEqual([{ soc: '29-1151', label: 'Nurse Anesthetists', reason: 'median pay top-coded (very high)' }]);
	});

	it('missing education or pay: no mark, and why', () => {
		const l = layoutTraining([noEducation, noPay], 640, 239200);
		expect(l.points).toEqual([]);
		expect(l.skipped.map((s) => s.reason)).toEqual(['typical entry education not published', 'median pay not published']);
		expect(l.yTicks).toEqual([]);
	});

	it('openings not published: a small fixed dot, marked unsized', () => {
		const [p] = layoutTraining([pa], 640, 239200).points;
		expect(p.sized).toBe(false);
		expect(p.r).toBe(3);
	});

	it('labels of careers at the same x are at least 14 px apart', () => {
		const close = [rad, row('a', 'A', "Associate's degree", 77800, 1), row('b', 'B', "Associate's degree", 78000, 1)];
		const ys = layoutTraining(close, 640, 239200)
			.points.map((p) => p.labelY)
			.sort((a, b) => a - b);
		expect(ys[1] - ys[0]).toBeGreaterThanOrEqual(14);
		expect(ys[2] - ys[1]).toBeGreaterThanOrEqual(14);
	});

	it('no two labels overlap, even at different x', () => {
		const rn = row('29-1141', 'Registered Nurses', "Bachelor's degree", 93600, 189.1);
		for (const width of [320, 640, 1200]) {
			const pts = layoutTraining([mrs, rad, sono, hit, crna, pa, rn], width, 239200).points;
			for (const p of pts)
				for (const q of pts) {
					if (p === q) continue;
					const [a, b] = span(p);
					const [c, d] = span(q);
					// Overlapping sideways: then one label's lines end at least a 14 px slot above the other's start.
					const [top, other] = p.labelY <= q.labelY ? [p, q] : [q, p];
					if (b >= c && d >= a) expect(other.labelY - top.labelY).toBeGreaterThanOrEqual(14 * top.labelText.split('\n').length);
				}
		}
	});

	it('a long name wraps onto two lines at a phone width instead of losing its noun', () => {
		const [p] = layoutTraining([mrs], 340, 239200).points;
		expect(p.labelText.split('\n')).toEqual(['Medical Records', 'Specialists']);
		expect(p.labelText).not.toContain('…');
	});

	it('fewer x ticks when narrow', () => {
		expect(layoutTraining([mrs], 320, 239200).xTicks.map((t) => t.label)).toEqual(['0', '2', '4', '6', '8']);
		expect(layoutTraining([mrs], 1200, 239200).xTicks).toHaveLength(9);
	});
});
