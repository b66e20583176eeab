import { linearScale } from './scale';
import { line } from 'd3-shape';
import type { MissingReason } from '../data/schema';
import { fitText } from './fitText';
import { seriesColor } from './palette';

/** One career's cumulative earnings by year, as `trainingPayback` returns them, with its name. */
export interface PaybackSeries {
	soc: string;
	label: string;
	/** End of year 1 … horizon; empty when pay is missing. */
	cumulative: number[];
	missing: MissingReason | null;
	overtakesIn: number | null;
	/** The reference career, drawn thicker. */
	reference: boolean;
}

export interface PaybackLine {
	soc: string;
	label: string;
	color: string;
	reference: boolean;
	/** From year 0 (nothing earned yet) through each year's cumulative earnings; "" without figures. */
	path: string;
	/** One point per year (year 1 first). */
	points: { year: number; x: number; y: number; value: number }[];
	/** Where the line overtakes the reference for good; null when it does not within the horizon. */
	overtake: { x: number; y: number; year: number } | null;
}

export interface PaybackLayout {
	width: number;
	height: number;
	legend: { x: number; y: number; label: string; color: string; reference: boolean }[];
	plot: { left: number; right: number; top: number; bottom: number };
	lines: PaybackLine[];
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	/** y of the zero line (costs below it). */
	zeroY: number;
	hasValues: boolean;
}

/** "$1.2M", "$350k", "−$20k", "$0". */
export function formatAxisMoney(v: number): string {
	const sign = v < 0 ? '−' : '';
	const a = Math.abs(v);
	const text = a >= 1e6 ? `$${(a / 1e6).toFixed(a >= 1e7 ? 0 : 1).replace(/\.0$/, '')}M` : a >= 1000 ? `$${Math.round(a / 1000)}k` : `$${Math.round(a)}`;
	return a === 0 ? '$0' : sign + text;
}

const PLOT_HEIGHT = 260;
const MARGIN = { left: 56, right: 16, bottom: 40 };
/** Width of one character of the 12 px legend, estimated. */
const CHAR = 6.8;

/** Lines of cumulative earnings from year 0 to the horizon, a legend across the top, a dot where a career overtakes the reference. */
export function layoutPayback(series: readonly PaybackSeries[], horizon: number, width: number): PaybackLayout {
	const perLine = width < 560 ? 1 : 2;
	const colWidth = Math.floor((width - 16) / perLine);
	const legend = series.map((s, i) => ({
		x: 8 + (i % perLine) * colWidth,
		y: 14 + Math.floor(i / perLine) * 18,
		label: fitText(`${s.label}${s.reference ? ' (reference)' : ''}${s.missing ? ' — no pay figure' : ''}`, Math.max(10, Math.floor((colWidth - 24) / CHAR))),
		color: seriesColor(i),
		reference: s.reference
	}));
	const top = (legend.at(-1)?.y ?? 0) + 28;
	const plot = { left: MARGIN.left, right: Math.max(MARGIN.left + 60, width - MARGIN.right), top, bottom: top + PLOT_HEIGHT };
	const values = series.flatMap((s) => s.cumulative);
	const hasValues = values.length > 0;
	const x = linearScale([0, Math.max(1, horizon)], [plot.left, plot.right]);
	const y = linearScale([Math.min(0, ...values), Math.max(1, ...values)], [plot.bottom, plot.top], { nice: 5 });
	const draw = line<[number, number]>()
		.x((d) => x(d[0]))
		.y((d) => y(d[1]));
	const lines = series.map((s, i): PaybackLine => {
		const points = s.cumulative.map((value, k) => ({ year: k + 1, x: x(k + 1), y: y(value), value }));
		const at = s.overtakesIn;
		return {
			soc: s.soc,
			label: s.label,
			color: seriesColor(i),
			reference: s.reference,
			path: points.length ? (draw([[0, 0], ...s.cumulative.map((v, k): [number, number] => [k + 1, v])]) ?? '') : '',
			points,
			overtake: at !== null && points[at - 1] ? { x: points[at - 1].x, y: points[at - 1].y, year: at } : null
		};
	});
	const step = horizon <= 10 ? 1 : horizon <= 20 && width >= 560 ? 2 : 5;
	const xTicks = [0, ...Array.from({ length: Math.floor(horizon / step) }, (_, k) => (k + 1) * step)].map((t) => ({ x: x(t), label: String(t) }));
	const yTicks = y.ticks(5).map((t) => ({ y: y(t), label: formatAxisMoney(t) }));
	return { width, height: plot.bottom + MARGIN.bottom, legend, plot, lines, xTicks, yTicks, zeroY: y(0), hasValues };
}
