import { describe, expect, it } from 'vitest';
import { growthPointsFrom, layoutGrowthScatter, nearestPoint, omittedNote, omittedReason, type GrowthPoint, type PlacedPoint } from '../../../src/lib/charts/layoutGrowthScatter';
import type { Figure } from '../../../src/lib/data/schema';

const point = (soc: string, wage: Figure, change: Figure, openings: Figure, emphasis = false): GrowthPoint => ({
	soc, label: soc, wage, change, openings, emphasis, labelled: emphasis
});
const points = [
	point('29-2072', 50250, 7.1, 14.2, true),
	point('29-2033', 97020, 3, 0.9),
	point('43-3021', 47180, -0.4, 42.2, true),
	point('29-1211', { missing: 'topCoded' }, 4, 1.5),
	point('29-9999', 60000, { missing: 'notAvailable' }, 1)
];

describe('layoutGrowthScatter', () => {
	it.each([320, 640, 1200])('fits every point in a %i px chart without NaN', (width) => {
		const layout = layoutGrowthScatter(points, width, 239200);
		for (const p of layout.points) {
			expect(Number.isFinite(p.x) && Number.isFinite(p.y) && Number.isFinite(p.r)).toBe(true);
			expect(p.x).toBeGreaterThanOrEqual(layout.plot.left);
			expect(p.x).toBeLessThanOrEqual(layout.plot.right);
		}
	});
	it.each([
		['annual', 239200, '$'],
		['hourly', 115, '$']
	] as const)('reads the wage axis in the unit given (%s)', (basis, topCode, sign) => {
		const hourly = points.map((p) => ({ ...p, wage: typeof p.wage === 'number' ? p.wage / 2080 : p.wage }));
		const layout = layoutGrowthScatter(basis === 'annual' ? points : hourly, 640, topCode, basis);
		expect(layout.xTicks.length).toBeGreaterThan(1);
		expect(layout.xTicks.every((t) => t.label.startsWith(sign))).toBe(true);
		// Hourly ticks are dollars an hour, not thousands a year.
		expect(layout.xTicks.some((t) => t.label.endsWith('k'))).toBe(basis === 'annual');
	});
	it('omits points without a published growth rate, never places them at zero', () => {
		const layout = layoutGrowthScatter(points, 640, 239200);
		expect(layout.omitted.map((p) => p.soc)).toEqual(['29-9999']);
	});
	it('draws a top-coded wage at the threshold, hollow', () => {
		const layout = layoutGrowthScatter(points, 640, 239200);
		const top = layout.points.find((p) => p.soc === '29-1211')!;
		expect(top.atLeast).toBe(true);
		expect(top.x).toBe(Math.max(...layout.points.map((p) => p.x)));
	});
	it('shows a zero line when some occupation declines, and larger openings get larger bubbles', () => {
		const layout = layoutGrowthScatter(points, 640, 239200);
		expect(layout.zeroY).not.toBeNull();
		const r = (soc: string) => layout.points.find((p) => p.soc === soc)!.r;
		expect(r('43-3021')).toBeGreaterThan(r('29-2072'));
	});
	it('labels only the points asked for', () => {
		const layout = layoutGrowthScatter(points, 640, 239200);
		expect(layout.points.filter((p) => p.labelText).map((p) => p.soc).sort()).toEqual(['29-2072', '43-3021']);
	});
});

describe('growthPointsFrom', () => {
	it('keeps line items with a known title, never the all-occupations row', () => {
		const rows = [
			{ soc: '29-2072', title: 'x', occupationType: 'Line item', medianWage: 1, percentChange: 1, openingsPerYear: 1 },
			{ soc: '29-0000', title: 'x', occupationType: 'Summary', medianWage: 1, percentChange: 1, openingsPerYear: 1 },
			{ soc: '00-0000', title: 'x', occupationType: 'Line item', medianWage: 1, percentChange: 1, openingsPerYear: 1 },
			{ soc: '29-9999', title: 'x', occupationType: 'Line item', medianWage: 1, percentChange: 1, openingsPerYear: 1 }
		];
		const titles: Record<string, string> = { '29-2072': 'Coders', '00-0000': 'All', '29-0000': 'Group' };
		expect(growthPointsFrom(rows, (s) => titles[s], () => true, () => false).map((p) => p.label)).toEqual(['Coders']);
	});
});

describe('growth scatter backdrop and pointer', () => {
	const layout = layoutGrowthScatter(points, 640, 239200);
	const subpaths = (d: string) => (d.match(/M/g) ?? []).length;

	it('draws every point not emphasised once, filled or hollow (top-coded), and no emphasised point', () => {
		const plain = layout.points.filter((p) => !p.emphasis);
		expect(subpaths(layout.backdrop.filled)).toBe(plain.filter((p) => !p.atLeast).length);
		expect(subpaths(layout.backdrop.hollow)).toBe(plain.filter((p) => p.atLeast).length);
		expect(layout.backdrop.filled + layout.backdrop.hollow).not.toMatch(/NaN/);
	});

	it.each([
		['on a point', 0, 0, true],
		['just outside its edge', 0, 8, true],
		['far from every point', 0, 400, false]
	])('finds the nearest point %s', (_, dx, dy, found) => {
		const target = layout.points.find((p) => p.soc === '29-2033')!;
		const i = nearestPoint(layout.points, target.x + dx, target.y + dy + (dy ? target.r : 0));
		if (found) expect(layout.points[i].soc).toBe('29-2033');
		else expect(i).toBe(-1);
	});

	it('finds nothing among no points', () => {
		expect(nearestPoint([], 10, 10)).toBe(-1);
	});
});

describe('growth scatter labels', () => {
	const many = [
		...points,
		point('29-2033x', 97500, 3.2, 0.9),
		point('29-1071', 133260, 20.4, 12.9),
		point('29-1151', 223210, 8.6, 3.7)
	].map((p) => ({ ...p, labelled: true, label: `${p.soc} Health Information Technologists and Medical Registrars` }));

	it.each([346, 640, 1086])('keeps every label inside a %i px chart', (width) => {
		const layout = layoutGrowthScatter(many, width, 239200);
		for (const p of layout.points.filter((q) => q.labelText)) {
			const w = p.labelText!.text.length * (p.emphasis ? 7.8 : 7);
			const [a, b] = p.labelText!.anchor === 'start' ? [p.labelText!.x, p.labelText!.x + w] : [p.labelText!.x - w, p.labelText!.x];
			expect(a).toBeGreaterThanOrEqual(0);
			expect(b).toBeLessThanOrEqual(width);
		}
	});

	it('labels only the emphasised points on a phone-width chart, every requested one on a wide chart', () => {
		const labelled = (width: number) => layoutGrowthScatter(many, width, 239200).points.filter((p) => p.labelText).map((p) => p.soc).sort();
		expect(labelled(346)).toEqual(['29-2072', '43-3021']);
		expect(labelled(1086)).toEqual(layoutGrowthScatter(many, 1086, 239200).points.map((p) => p.soc).sort());
	});

	it('shortens a long label to fit and keeps the full name on the point', () => {
		const p = layoutGrowthScatter(many, 346, 239200).points.find((q) => q.soc === '29-2072')!;
		expect(p.labelText!.text.endsWith('…')).toBe(true);
		expect(p.label).toBe('29-2072 Health Information Technologists and Medical Registrars');
	});
});

describe('nearestPoint among overlapping bubbles', () => {
	const at = (soc: string, x: number, y: number, r: number, emphasis = false): PlacedPoint => ({ soc, label: soc, x, y, r, emphasis, atLeast: false, labelText: null });
	// A large grey bubble listed (and drawn) first, a small coding bubble on top of it.
	const overlapping = [at('31-9091', 100, 100, 20), at('29-2072', 106, 100, 4, true)];

	it.each([
		['the small bubble drawn over the large one', 106, 100, '29-2072'],
		['the large bubble away from the small one', 88, 100, '31-9091'],
		['the large bubble just outside its edge', 100, 125, '31-9091']
	])('finds %s', (_, x, y, soc) => {
		expect(overlapping[nearestPoint(overlapping, x, y)].soc).toBe(soc);
	});
});

describe('omittedReason / omittedNote: a point not drawn is named with its own reason, never "not published" for a published figure', () => {
	const point = (label: string, wage: GrowthPoint['wage'], change: GrowthPoint['change']): GrowthPoint => ({ soc: '29-0000', label, wage, change, openings: 1, emphasis: false, labelled: false });
	it.each([
		[point('A', 50000, { missing: 'notInRelease' }), 'not in the projections shown'],
		[point('B', 50000, { missing: 'notAvailable' }), 'projected growth not published'],
		[point('C', { missing: 'notAvailable' }, 3.1), 'median wage not published'],
		[point('D', { missing: 'fewEstablishments' }, 3.1), 'median wage not published'],
		[point('E', { missing: 'topCoded' }, 3.1), 'median top-coded, with no threshold known for the release'],
		[point('F', { missing: 'notInRelease' }, 3.1), 'not in the wage release']
	])('%o: %s', (p, reason) => expect(omittedReason(p)).toBe(reason));

	it('groups the names by reason, in the order they come', () => {
		const points = [point('A', 1, { missing: 'notInRelease' }), point('C', { missing: 'notAvailable' }, 2), point('B', 1, { missing: 'notInRelease' })];
		expect(omittedNote(points)).toBe('A, B (not in the projections shown); C (median wage not published)');
		expect(omittedNote([])).toBe('');
	});
});
