import { describe, expect, it } from 'vitest';
import { formatAxisMoney, layoutPayback, type PaybackSeries } from '../../../src/lib/charts/layoutPayback';

const coder: PaybackSeries = { soc: '29-2072', label: 'Medical records specialists', cumulative: [50000, 100000, 150000, 200000, 250000, 300000], missing: null, overtakesIn: null, reference: true };
const nmt: PaybackSeries = { soc: '29-2033', label: 'Nuclear medicine technologists', cumulative: [-10000, -20000, 70000, 160000, 250000, 340000], missing: null, overtakesIn: 6, reference: false };
const gap: PaybackSeries = { soc: '29-1071', label: 'Physician assistants', cumulative: [], missing: 'topCoded', overtakesIn: null, reference: false };

describe('layoutPayback', () => {
	it.each([375, 1280])('at %i px: lines start at year 0, stay inside the plot, and the zero line is inside it', (width) => {
		const l = layoutPayback([coder, nmt], 6, width);
		expect(l.width).toBe(width);
		for (const line of l.lines) {
			const [x0, y0] = line.path.slice(1).split(/[L,]/).map(Number);
			expect(x0).toBeCloseTo(l.plot.left, 2);
			expect(y0).toBeCloseTo(l.zeroY, 2);
			for (const p of line.points) {
				expect(p.x).toBeGreaterThanOrEqual(l.plot.left);
				expect(p.x).toBeLessThanOrEqual(l.plot.right);
				expect(p.y).toBeGreaterThanOrEqual(l.plot.top);
				expect(p.y).toBeLessThanOrEqual(l.plot.bottom);
			}
		}
		expect(l.zeroY).toBeGreaterThan(l.plot.top);
		expect(l.zeroY).toBeLessThan(l.plot.bottom);
		expect(l.plot.right).toBeLessThanOrEqual(width);
	});
	it('marks where a career overtakes the reference, at that year’s point', () => {
		const [ref, other] = layoutPayback([coder, nmt], 6, 800).lines;
		expect(ref.overtake).toBeNull();
		expect(other.overtake).toEqual({ x: other.points[5].x, y: other.points[5].y, year: 6 });
	});
	it('a career without pay: no line, named in the legend as such', () => {
		const l = layoutPayback([coder, gap], 6, 800);
		expect(l.lines[1]).toMatchObject({ path: '', points: [], overtake: null });
		expect(l.legend[1].label).toContain('no pay figure');
		expect(l.legend[0].label).toContain('(reference)');
	});
	it('no figures at all: hasValues false', () => expect(layoutPayback([gap], 6, 800).hasValues).toBe(false));
	it.each([
		[5, 800, ['0', '1', '2', '3', '4', '5']],
		[20, 1280, ['0', '2', '4', '6', '8', '10', '12', '14', '16', '18', '20']],
		[20, 375, ['0', '5', '10', '15', '20']],
		[30, 1280, ['0', '5', '10', '15', '20', '25', '30']]
	])('horizon %i at %i px: year ticks %j', (horizon, width, labels) => {
		expect(layoutPayback([coder], horizon, width).xTicks.map((t) => t.label)).toEqual(labels);
	});
	it('one legend entry a line when narrow, two when wide', () => {
		expect(layoutPayback([coder, nmt], 6, 375).legend.map((e) => e.y)).toEqual([14, 32]);
		expect(layoutPayback([coder, nmt], 6, 1280).legend.map((e) => e.y)).toEqual([14, 14]);
	});
});

describe('formatAxisMoney', () => {
	it.each([
		[0, '$0'],
		[500, '$500'],
		[-20000, '−$20k'],
		[350000, '$350k'],
		[1_000_000, '$1M'],
		[1_500_000, '$1.5M'],
		[12_000_000, '$12M']
	])('%d → %s', (v, text) => expect(formatAxisMoney(v)).toBe(text));
});
