import { geoIdentity, geoPath } from 'd3-geo';
import { scaleQuantize } from 'd3-scale';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Figure } from '../data/schema';
import type { StateWageRow } from '../model/stateWages';

/** Five-step single-hue blue ramp (ColorBrewer Blues): ordered light to dark, readable with colour-vision deficiencies. */
export const BLUES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

export type StateFeature = Feature<Geometry, { name: string }>;

/**
 * The state shapes of a us-atlas topology already projected to Albers USA (`us-atlas/states-albers-10m.json`, a
 * 975 × 610 plane), ids being FIPS codes. Projected once by us-atlas, a map is only scaled to fit: no spherical
 * projection or resampling in the browser, which at 4× CPU slowdown cost /pay some 600 ms a layout.
 */
export function statesFromTopology(topology: Topology): StateFeature[] {
	const states = topology.objects.states as GeometryCollection<{ name: string }>;
	return (feature(topology, states) as FeatureCollection<Geometry, { name: string }>).features.map((f) => ({ ...f, id: String(f.id) }));
}

export interface MapShape {
	fips: string;
	postal: string;
	name: string;
	/** SVG path in the viewport. */
	d: string;
	value: Figure;
	/** Colour of its bin, or null when the area has no figure (drawn hatched). */
	fill: string | null;
	/** Where a label or tooltip anchors (the shape's centroid). */
	cx: number;
	cy: number;
	/** [[x0, y0], [x1, y1]] of the shape in the viewport. */
	bounds: [[number, number], [number, number]];
}

export interface LegendStep {
	color: string;
	from: number;
	to: number;
}

export interface StateMapLayout<T extends StateWageRow = StateWageRow> {
	width: number;
	height: number;
	/** One shape per drawn area (50 states and DC), in the order of the rows. */
	shapes: MapShape[];
	/** Colour bins, lowest first; empty when no area has a figure. */
	legend: LegendStep[];
	/** Areas AlbersUsa does not draw (Puerto Rico, Guam, Virgin Islands), or without a shape. */
	undrawn: T[];
}

/** Each state's centroid and bounds in the atlas plane, worked out once per set of shapes. */
interface AtlasPlace {
	centroid: [number, number];
	bounds: [[number, number], [number, number]];
}
const atlasPlaces = new WeakMap<readonly StateFeature[], Map<string, AtlasPlace>>();
function placesOf(features: readonly StateFeature[]): Map<string, AtlasPlace> {
	let places = atlasPlaces.get(features);
	if (!places) {
		const plane = geoPath();
		places = new Map(features.map((f) => [String(f.id), { centroid: plane.centroid(f), bounds: plane.bounds(f) }]));
		atlasPlaces.set(features, places);
	}
	return places;
}

/** The last outlines drawn: a new figure, unit or price view redraws the same shapes, so their paths are reused. */
let lastOutlines: { features: readonly StateFeature[]; key: string; d: Map<string, string> } | null = null;
function outlinesOf(features: readonly StateFeature[], drawn: readonly StateFeature[], key: string, k: number, tx: number, ty: number) {
	if (lastOutlines?.features === features && lastOutlines.key === key) return lastOutlines.d;
	const path = geoPath(geoIdentity().scale(k).translate([tx, ty]));
	const d = new Map(drawn.map((f) => [String(f.id), path(f) ?? '']));
	lastOutlines = { features, key, d };
	return d;
}

/**
 * A U.S. choropleth: the Albers USA plane scaled and centred to the viewport around the states and DC drawn (as
 * d3's `fitSize` would), each coloured by the quantized bin of its figure (the mean wage unless told otherwise; a
 * top-coded figure falls in the top bin, at the threshold). Areas without a figure get no colour; the territories
 * are listed as undrawn.
 */
export function layoutStateMap<T extends StateWageRow>(
	features: readonly StateFeature[],
	rows: readonly T[],
	width: number,
	topCode: Figure = { missing: 'notAvailable' },
	figure: (r: T) => Figure = (r) => r.mean
): StateMapLayout<T> {
	const height = Math.max(160, Math.round(width * 0.62));
	const byFips = new Map(features.map((f) => [String(f.id), f]));
	const drawn = rows.filter((r) => !r.territory && byFips.has(r.fips));
	const undrawn = rows.filter((r) => r.territory || !byFips.has(r.fips));
	const places = placesOf(features);
	const boxes = drawn.map((r) => places.get(r.fips)!.bounds);
	const [x0, y0, x1, y1] = boxes.length
		? [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1])), Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))]
		: [0, 0, 1, 1];
	const k = Math.min(width / (x1 - x0 || 1), height / (y1 - y0 || 1));
	const tx = (width - k * (x1 + x0)) / 2;
	const ty = (height - k * (y1 + y0)) / 2;
	const fit = (x: number, y: number): [number, number] => [x * k + tx, y * k + ty];
	const outlines = outlinesOf(features, drawn.map((r) => byFips.get(r.fips)!), `${width} ${drawn.map((r) => r.fips).join()}`, k, tx, ty);

	const cap = typeof topCode === 'number' ? topCode : null;
	const valueOf = (f: Figure) => (typeof f === 'number' ? f : f.missing === 'topCoded' ? cap : null);
	const values = drawn.map((r) => valueOf(figure(r))).filter((v): v is number => v !== null);
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	const scale = scaleQuantize<string>()
		.domain(values.length === 0 ? [0, 1] : lo === hi ? [lo * 0.95, hi * 1.05] : [lo, hi])
		.nice()
		.range([...BLUES]);
	const [d0, d1] = scale.domain();
	const thresholds = scale.thresholds();
	const legend = values.length === 0 ? [] : BLUES.map((color, i) => ({ color, from: i === 0 ? d0 : thresholds[i - 1], to: i === BLUES.length - 1 ? d1 : thresholds[i] }));

	const shapes = drawn.map((r): MapShape => {
		const place = places.get(r.fips)!;
		const v = valueOf(figure(r));
		const [cx, cy] = fit(...place.centroid);
		return {
			fips: r.fips,
			postal: r.postal,
			name: r.name,
			d: outlines.get(r.fips) ?? '',
			value: figure(r),
			fill: v === null ? null : scale(v),
			cx: Number.isFinite(cx) ? cx : width / 2,
			cy: Number.isFinite(cy) ? cy : height / 2,
			bounds: [fit(...place.bounds[0]), fit(...place.bounds[1])]
		};
	});
	return { width, height, shapes, legend, undrawn };
}
