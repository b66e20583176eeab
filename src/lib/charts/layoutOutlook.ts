import { linearScale } from './scale';
import type { MissingReason } from '../data/schema';
import { formatChange, formatPercent, formatThousands, MISSING_LABELS } from '../format';
import type { GrowthSummary } from '../model/summarizeGrowth';
import { fitText } from './fitText';
import { wrapLabel } from './wrapLabel';

export interface OutlookRow {
	soc: string;
	label: string;
	growth: GrowthSummary;
	/** Draw in the highlight colour (coding roles, the reference career). */
	emphasis: boolean;
}

export interface OutlookBar {
	soc: string;
	label: string;
	emphasis: boolean;
	/** Text lines above the bar: "Name: +7.1% · 14,200 openings a year", split in two when narrow. */
	lines: { text: string; y: number }[];
	/** Percent-change bar from the zero line; null when the change is not published. */
	bar: { x: number; width: number; y: number; height: number; declines: boolean } | null;
	/** Vertical middle of the bar slot (tooltip anchor). */
	midY: number;
	/** Why there is no bar, if there is none. */
	missing: MissingReason | null;
}

export interface OutlookLayout {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	bars: OutlookBar[];
	ticks: { x: number; label: string }[];
	/** Left of the text lines. */
	textX: number;
	/** The zero line; between declines and growth when there are declines. */
	zeroX: number;
	/** The all-occupations rate as a reference line; null without one. */
	referenceX: number | null;
	axisY: number;
}

/** Wide enough sides that an end tick label ("−10.0%") stays inside the drawing. */
const MARGIN = { top: 6, right: 24, bottom: 36, left: 24 };
const LINE = 16;
const BAR = 14;
/** Width of one character of the 13 px labels, estimated. */
const CHAR = 7;
/** Labels use the full width; only the axis needs the wider margins. */
const TEXT_X = 8;

/** "+7.1% · 14,200 openings a year", saying which part is not published. */
export function outlookText(g: GrowthSummary): string {
	const change = typeof g.percentChange === 'number' ? formatChange(g.percentChange) : `change ${MISSING_LABELS[g.percentChange.missing]}`;
	const openings =
		typeof g.openingsPerYear === 'number' ? `${formatThousands(g.openingsPerYear)} openings a year` : `openings ${MISSING_LABELS[g.openingsPerYear.missing]}`;
	return `${change} · ${openings}`;
}

/**
 * One row per career: its name and "+7.1% · 14,200 openings a year", then a bar of the projected
 * percent change from a zero line. The axis spans declines when there are any, so the zero line
 * sits between declining and growing careers. `reference` (the all-occupations rate, percent) is kept
 * on the axis so its line is always drawn.
 */
export function layoutOutlook(rows: readonly OutlookRow[], width: number, reference: number | null = null): OutlookLayout {
	const left = MARGIN.left;
	const right = Math.max(left + 50, width - MARGIN.right);
	const chars = Math.max(8, Math.floor((width - 2 * TEXT_X) / CHAR));
	const pcts = [...rows.map((r) => r.growth.percentChange), ...(rows.length && reference !== null ? [reference] : [])].filter(
		(v): v is number => typeof v === 'number' && Number.isFinite(v)
	);
	const lo = Math.min(0, ...pcts);
	const hi = Math.max(0, ...pcts);
	const x = linearScale(lo === 0 && hi === 0 ? [0, 1] : [lo, hi], [left, right], { nice: true });
	const zeroX = x(0);

	let y = MARGIN.top;
	const bars = rows.map((r): OutlookBar => {
		const value = outlookText(r.growth);
		const one = `${r.label}: ${value}`;
		const texts = one.length <= chars ? [one] : [...wrapLabel(r.label, chars, 2), fitText(value, chars)];
		const lines = texts.map((text, i) => ({ text, y: y + 12 + i * LINE }));
		const barY = y + texts.length * LINE + 4;
		const p = r.growth.percentChange;
		const bar =
			typeof p === 'number' && Number.isFinite(p)
				? { x: Math.min(zeroX, x(p)), width: Math.abs(x(p) - zeroX), y: barY, height: BAR, declines: p < 0 }
				: null;
		y = barY + BAR + 12;
		return {
			soc: r.soc,
			label: r.label,
			emphasis: r.emphasis,
			lines,
			bar,
			midY: barY + BAR / 2,
			missing: typeof p === 'number' ? null : p.missing
		};
	});
	const axisY = y;
	const tickCount = Math.max(3, Math.floor(width / 120));
	return {
		width,
		height: axisY + MARGIN.bottom,
		margin: MARGIN,
		bars,
		ticks: x.ticks(tickCount).map((t) => ({ x: x(t), label: formatPercent(t) })),
		textX: TEXT_X,
		zeroX,
		referenceX: reference !== null && Number.isFinite(reference) && rows.length > 0 ? x(reference) : null,
		axisY
	};
}
