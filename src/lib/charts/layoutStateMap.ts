import { geoAlbersUsa, geoPath } from 'd3-geo';
import { scaleQuantize } from 'd3-scale';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Figure } from '../data/schema';
import type { StateWageRow } from '../model/stateWages';

/** Five-step single-hue blue ramp (ColorBrewer Blues): ordered light to dark, readable with colour-vision deficiencies. */
export const BLUES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

export type StateFeature = Feature<Geometry, { name: string }>;

/** The state shapes of a us-atlas topology (e.g. `us-atlas/states-10m.json`), ids being FIPS codes. */
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

/**
 * A U.S. choropleth: AlbersUsa projection fitted to the viewport (`fitSize`) around the states and DC,
 * each coloured by the quantized bin of its figure (the mean wage unless told otherwise; a top-coded figure
 * falls in the top bin, at the threshold). Areas without a figure get no colour; the territories are listed as undrawn.
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
	const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: drawn.map((r) => byFips.get(r.fips)!) };
	const projection = geoAlbersUsa().fitSize([width, height], collection);
	const path = geoPath(projection);

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
		const f = byFips.get(r.fips)!;
		const v = valueOf(figure(r));
		const [cx, cy] = path.centroid(f);
		return {
			fips: r.fips,
			postal: r.postal,
			name: r.name,
			d: path(f) ?? '',
			value: figure(r),
			fill: v === null ? null : scale(v),
			cx: Number.isFinite(cx) ? cx : width / 2,
			cy: Number.isFinite(cy) ? cy : height / 2,
			bounds: path.bounds(f)
		};
	});
	return { width, height, shapes, legend, undrawn };
}
