import { extent, leastIndex, max } from 'd3-array';
import { linearScale, sqrtScale } from './scale';
import { path } from 'd3-path';
import type { Figure, PayBasis } from '../data/schema';
import { formatAxisWage } from '../format';
import { fitText } from './fitText';
import { needsLeader, placeLabels } from './placeLabels';

/** Average glyph widths of the 12 px labels, regular and bold, on the wide side so estimates do not overlap. */
const LABEL_CHAR = 7;
const BOLD_CHAR = 7.8;
/** Below this width only the emphasised points are labelled; the rest are read by pointer, keyboard or the table. */
const FEW_LABELS_BELOW = 520;

export interface GrowthPoint {
	soc: string;
	label: string;
	/** Median wage, annual unless the layout is given another unit. */
	wage: Figure;
	/** Percent change in employment over the projection decade. */
	change: Figure;
	/** Openings a year (thousands). */
	openings: Figure;
	emphasis: boolean;
	/** Draw a direct label. */
	labelled: boolean;
}

export interface PlacedPoint {
	soc: string;
	label: string;
	x: number;
	y: number;
	r: number;
	emphasis: boolean;
	/** The wage is top-coded: drawn at the threshold, hollow. */
	atLeast: boolean;
	/** Direct label: its (possibly shortened) text, baseline position, and whether a leader line ties it to the bubble. */
	labelText: { x: number; y: number; anchor: 'start' | 'end'; text: string; leader: boolean } | null;
}

export interface GrowthScatterLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	points: PlacedPoint[];
	/** The points not emphasised, drawn as one path each for filled and hollow (top-coded) marks: one element, not a hundred. */
	backdrop: { filled: string; hollow: string };
	/** Points left out because a needed figure is not published. */
	omitted: GrowthPoint[];
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	zeroY: number | null;
}

/** Why a point the layout left out (see `omitted`) is not drawn, from its figures' own meanings. */
export function omittedReason(p: GrowthPoint): string {
	if (typeof p.change !== 'number') return p.change.missing === 'notInRelease' ? 'not in the projections shown' : 'projected growth not published';
	if (typeof p.wage === 'number') return '';
	if (p.wage.missing === 'topCoded') return 'median top-coded, with no threshold known for the release';
	return p.wage.missing === 'notInRelease' ? 'not in the wage release' : 'median wage not published';
}

/** The points not drawn, named with their reason: "A, B (not in the projections shown); C (median wage not published)". */
export function omittedNote(points: readonly GrowthPoint[]): string {
	const byReason = new Map<string, string[]>();
	for (const p of points) {
		const reason = omittedReason(p);
		byReason.set(reason, [...(byReason.get(reason) ?? []), p.label]);
	}
	return [...byReason].map(([reason, labels]) => `${labels.join(', ')} (${reason})`).join('; ');
}

/**
 * Places every occupation by wage (x) and projected growth (y), area by openings. Points without
 * a published growth rate or wage are listed as omitted, never placed at zero. The wage axis reads in `basis`
 * (the points' wages and the top code must be in that unit).
 */
export function layoutGrowthScatter(points: GrowthPoint[], width: number, topCode: Figure, basis: PayBasis = 'annual'): GrowthScatterLayout {
	const cap = typeof topCode === 'number' ? topCode : null;
	const height = Math.round(Math.min(520, Math.max(320, width * 0.62)));
	const plot = { left: 44, right: width - 12, top: 24, bottom: height - 44 };
	const wageOf = (p: GrowthPoint) => (typeof p.wage === 'number' ? p.wage : p.wage.missing === 'topCoded' ? cap : null);
	const usable = points.filter((p) => wageOf(p) !== null && typeof p.change === 'number');
	const omitted = points.filter((p) => !usable.includes(p));
	const x = linearScale([0, max(usable, wageOf) ?? 1], [plot.left, plot.right], { nice: true });
	const [lo = 0, hi = 1] = extent(usable, (p) => p.change as number);
	const y = linearScale([Math.min(0, lo), Math.max(0, hi)], [plot.bottom, plot.top], { nice: true });
	const r = sqrtScale([0, max(usable, (p) => (typeof p.openings === 'number' ? p.openings : 0)) || 1], [2.5, width < 500 ? 12 : 20]);
	const placed = usable
		.map((p): PlacedPoint => {
			const px = x(wageOf(p)!);
			const py = y(p.change as number);
			const radius = r(typeof p.openings === 'number' ? p.openings : 0);
			return {
				soc: p.soc,
				label: p.label,
				x: px,
				y: py,
				r: radius,
				emphasis: p.emphasis,
				atLeast: typeof p.wage !== 'number',
				labelText: null
			};
		})
		// Emphasised points last so they draw on top.
		.sort((a, b) => Number(a.emphasis) - Number(b.emphasis) || a.x - b.x);
	labelPoints(placed, new Set(usable.filter((p) => p.labelled).map((p) => p.soc)), plot, width);
	const ticks = Math.max(2, Math.floor(width / 110));
	return {
		width,
		height,
		plot,
		points: placed,
		backdrop: {
			filled: circlesPath(placed.filter((p) => !p.emphasis && !p.atLeast)),
			hollow: circlesPath(placed.filter((p) => !p.emphasis && p.atLeast))
		},
		omitted,
		xTicks: x.ticks(ticks).map((t) => ({ x: x(t), label: formatAxisWage(t, basis) })),
		yTicks: y.ticks(6).map((t) => ({ y: y(t), label: `${t > 0 ? '+' : ''}${t}%` })),
		zeroY: y.domain[0] < 0 ? y(0) : null
	};
}

/** Direct labels for the points asked for, shortened to fit the width and kept apart (see `placeLabels`). */
function labelPoints(points: PlacedPoint[], labelled: ReadonlySet<string>, plot: GrowthScatterLayout['plot'], width: number) {
	const chosen = points.filter((p) => labelled.has(p.soc) && (p.emphasis || width >= FEW_LABELS_BELOW));
	const requests = chosen.map((p) => {
		const charWidth = p.emphasis ? BOLD_CHAR : LABEL_CHAR;
		// The longer of the two sides beside the bubble, and never more than 40% of a wide chart.
		const room = Math.min(Math.max(width - (p.x + p.r + 4), p.x - p.r - 4), width < FEW_LABELS_BELOW ? width : width * 0.4);
		return { x: p.x, y: p.y, r: p.r, text: fitText(p.label, Math.max(8, Math.floor(room / charWidth))), charWidth };
	});
	// Labels keep clear of each other and of the labelled bubbles; over the crowd of small bubbles their white halo keeps them legible.
	const spots = placeLabels(requests, { left: 0, right: width, top: plot.top + 4, bottom: plot.bottom - 6 });
	chosen.forEach((p, i) => {
		const spot = spots[i];
		p.labelText = { x: spot.x, y: spot.y + 4, anchor: spot.anchor, text: requests[i].text, leader: needsLeader(p, spot) };
	});
}

/** One SVG path of full circles (each its own subpath). */
function circlesPath(points: readonly PlacedPoint[]): string {
	const d = path();
	for (const p of points) {
		d.moveTo(p.x + p.r, p.y);
		d.arc(p.x, p.y, p.r, 0, 2 * Math.PI);
	}
	return d.toString();
}

/**
 * The point nearest to (x, y) in chart coordinates, as an index into `points`, or -1 when none lies
 * within `reach` px of its edge — so a pointer finds small bubbles without hitting them exactly.
 * Among bubbles the pointer is inside, the one whose centre is nearest wins (a small or emphasised
 * bubble drawn over a larger one stays reachable).
 */
export function nearestPoint(points: readonly PlacedPoint[], x: number, y: number, reach = 12): number {
	const distance = (p: PlacedPoint) => Math.hypot(p.x - x, p.y - y);
	const gap = (p: PlacedPoint) => Math.max(0, distance(p) - p.r);
	const i = leastIndex(points, (a, b) => gap(a) - gap(b) || distance(a) - distance(b));
	return i !== undefined && i >= 0 && gap(points[i]) <= reach ? i : -1;
}

/** Scatter points from projection rows: one per detailed occupation in scope. */
export function growthPointsFrom(
	projections: readonly { soc: string; title: string; occupationType: string; medianWage: Figure; percentChange: Figure; openingsPerYear: Figure }[],
	titleOf: (soc: string) => string | undefined,
	emphasis: (soc: string) => boolean,
	labelled: (soc: string) => boolean
): GrowthPoint[] {
	return projections
		.filter((p) => p.occupationType === 'Line item' && titleOf(p.soc) !== undefined && p.soc !== '00-0000')
		.map((p) => ({
			soc: p.soc,
			label: titleOf(p.soc)!,
			wage: p.medianWage,
			change: p.percentChange,
			openings: p.openingsPerYear,
			emphasis: emphasis(p.soc),
			labelled: labelled(p.soc)
		}));
}
