import { geoIdentity, geoPath } from 'd3-geo';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { BLUES, layoutStateMap, statesFromTopology } from '../../../src/lib/charts/layoutStateMap';
import type { Figure } from '../../../src/lib/data/schema';
import { STATES } from '../../../src/lib/data/states';
import type { StateWageRow } from '../../../src/lib/model/stateWages';
import { findNaN } from './noNaN';

const topology = JSON.parse(readFileSync(new URL('../../../node_modules/us-atlas/states-albers-10m.json', import.meta.url), 'utf8')) as Topology;
const features = statesFromTopology(topology);
const NA: Figure = { missing: 'notAvailable' };
// Alabama $42,970 and California $64,070 are the OEWS May 2023 means for 29-2072; the rest are made up.
const rows: StateWageRow[] = STATES.map((s, i) => ({
	...s,
	mean: s.postal === 'AL' ? 42970 : s.postal === 'CA' ? 64070 : s.postal === 'WY' ? NA : s.postal === 'TX' ? { missing: 'topCoded' } : 45000 + i * 300,
	sourceId: 'oews-state-2023'
}));

describe('layoutStateMap', () => {
	it.each([320, 375, 640, 1200, 1920])('at %i px the projection fits the viewport, no NaN', (width) => {
		const layout = layoutStateMap(features, rows, width, 239200);
		expect(findNaN(layout)).toEqual([]);
		for (const s of layout.shapes) {
			const [[x0, y0], [x1, y1]] = s.bounds;
			expect(x0).toBeGreaterThanOrEqual(-0.5);
			expect(y0).toBeGreaterThanOrEqual(-0.5);
			expect(x1).toBeLessThanOrEqual(width + 0.5);
			expect(y1).toBeLessThanOrEqual(layout.height + 0.5);
			expect(s.d.length).toBeGreaterThan(10);
		}
	});
	it('draws all 50 states and DC, and lists the territories as undrawn', () => {
		const layout = layoutStateMap(features, rows, 640);
		expect(layout.shapes).toHaveLength(51);
		expect(new Set(layout.shapes.map((s) => s.postal))).toEqual(new Set(STATES.filter((s) => !s.territory).map((s) => s.postal)));
		expect(layout.undrawn.map((r) => r.name).sort()).toEqual(['Guam', 'Puerto Rico', 'Virgin Islands']);
	});
	it('colours by five quantized blue steps, low to high; unpublished areas get no colour', () => {
		const layout = layoutStateMap(features, rows, 640, 239200);
		const fill = (postal: string) => layout.shapes.find((s) => s.postal === postal)!.fill;
		expect(fill('AL')).toBe(BLUES[0]);
		expect(fill('WY')).toBeNull();
		expect(fill('TX')).toBe(BLUES[4]);
		expect(layout.legend.map((l) => l.color)).toEqual([...BLUES]);
		for (let i = 1; i < layout.legend.length; i++) expect(layout.legend[i].from).toBe(layout.legend[i - 1].to);
		expect(layout.legend[0].from).toBeLessThanOrEqual(42970);
	});
	it('with no figures: no colours, no legend, still every shape', () => {
		const layout = layoutStateMap(features, rows.map((r) => ({ ...r, mean: NA })), 375);
		expect(layout.legend).toEqual([]);
		expect(layout.shapes.every((s) => s.fill === null)).toBe(true);
		expect(findNaN(layout)).toEqual([]);
	});
	it('colours by another figure when given one (e.g. the mean divided by the price parity)', () => {
		// Reversing the values reverses the colours: Alabama, the lowest mean, becomes the darkest step.
		const figure = (r: StateWageRow) => (typeof r.mean === 'number' ? 200000 - r.mean : r.postal === 'TX' ? NA : r.mean);
		const layout = layoutStateMap(features, rows, 640, 239200, figure);
		const shape = (postal: string) => layout.shapes.find((s) => s.postal === postal)!;
		expect(shape('AL')).toMatchObject({ fill: BLUES[4], value: 200000 - 42970 });
		expect(shape('TX').fill).toBeNull();
		expect(layout.legend.at(-1)!.to).toBeGreaterThanOrEqual(200000 - 42970);
	});
	it.each([375, 1280])('at %i px, places every state where d3 fitSize of the drawn states would, and draws the same outline', (width) => {
		const layout = layoutStateMap(features, rows, width, 239200);
		const drawn = features.filter((f) => layout.shapes.some((s) => s.fips === f.id));
		const path = geoPath(geoIdentity().fitSize([width, layout.height], { type: 'FeatureCollection', features: drawn }));
		for (const s of layout.shapes) {
			const f = drawn.find((d) => d.id === s.fips)!;
			const [[x0, y0], [x1, y1]] = path.bounds(f);
			const [cx, cy] = path.centroid(f);
			expect([s.bounds[0][0], s.bounds[0][1], s.bounds[1][0], s.bounds[1][1], s.cx, s.cy].map((v) => +v.toFixed(6) + 0)).toEqual([x0, y0, x1, y1, cx, cy].map((v) => +v.toFixed(6) + 0));
			expect(s.d).toBe(path(f));
		}
	});
	it('a new figure on the same states reuses the outlines', () => {
		const a = layoutStateMap(features, rows, 640, 239200);
		const b = layoutStateMap(features, rows, 640, 239200, (r) => (typeof r.mean === 'number' ? r.mean / 2 : r.mean));
		expect(b.shapes.map((s) => s.d)).toEqual(a.shapes.map((s) => s.d));
		expect(b.shapes.find((s) => s.postal === 'AL')!.value).toBe(42970 / 2);
	});
	it('the map is taller on wider screens and never flat', () => {
		expect(layoutStateMap(features, rows, 320).height).toBeGreaterThanOrEqual(160);
		expect(layoutStateMap(features, rows, 1200).height).toBeGreaterThan(layoutStateMap(features, rows, 640).height);
	});
});
