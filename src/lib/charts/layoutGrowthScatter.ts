import { extent, max } from 'd3-array';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import type { Figure } from '../data/schema';
import { formatAxisWage } from '../format';

export interface GrowthPoint {
	soc: string;
	label: string;
	/** Median annual wage. */
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
	labelText: { x: number; y: number; anchor: 'start' | 'end' } | null;
}

export interface GrowthScatterLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	points: PlacedPoint[];
	/** Points left out because a needed figure is not published. */
	omitted: GrowthPoint[];
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	zeroY: number | null;
}

/**
 * Places every occupation by wage (x) and projected growth (y), area by openings. Points without
 * a published growth rate or wage are listed as omitted, never placed at zero.
 */
export function layoutGrowthScatter(points: GrowthPoint[], width: number, topCode: Figure): GrowthScatterLayout {
	const cap = typeof topCode === 'number' ? topCode : null;
	const height = Math.round(Math.min(520, Math.max(320, width * 0.62)));
	const plot = { left: 44, right: width - 12, top: 24, bottom: height - 44 };
	const wageOf = (p: GrowthPoint) => (typeof p.wage === 'number' ? p.wage : p.wage.missing === 'topCoded' ? cap : null);
	const usable = points.filter((p) => wageOf(p) !== null && typeof p.change === 'number');
	const omitted = points.filter((p) => !usable.includes(p));
	const x = scaleLinear()
		.domain([0, max(usable, wageOf) ?? 1])
		.nice()
		.range([plot.left, plot.right]);
	const [lo = 0, hi = 1] = extent(usable, (p) => p.change as number);
	const y = scaleLinear()
		.domain([Math.min(0, lo), Math.max(0, hi)])
		.nice()
		.range([plot.bottom, plot.top]);
	const r = scaleSqrt()
		.domain([0, max(usable, (p) => (typeof p.openings === 'number' ? p.openings : 0)) || 1])
		.range([2.5, width < 500 ? 12 : 20]);
	const placed = usable
		.map((p): PlacedPoint => {
			const px = x(wageOf(p)!);
			const py = y(p.change as number);
			const radius = r(typeof p.openings === 'number' ? p.openings : 0);
			const right = px < (plot.left + plot.right) / 2;
			return {
				soc: p.soc,
				label: p.label,
				x: px,
				y: py,
				r: radius,
				emphasis: p.emphasis,
				atLeast: typeof p.wage !== 'number',
				labelText: p.labelled ? { x: right ? px + radius + 4 : px - radius - 4, y: py + 4, anchor: right ? 'start' : 'end' } : null
			};
		})
		// Emphasised points last so they draw on top.
		.sort((a, b) => Number(a.emphasis) - Number(b.emphasis) || a.x - b.x);
	const ticks = Math.max(2, Math.floor(width / 110));
	return {
		width,
		height,
		plot,
		points: placed,
		omitted,
		xTicks: x.ticks(ticks).map((t) => ({ x: x(t), label: formatAxisWage(t, 'annual') })),
		yTicks: y.ticks(6).map((t) => ({ y: y(t), label: `${t > 0 ? '+' : ''}${t}%` })),
		zeroY: y.domain()[0] < 0 ? y(0) : null
	};
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
