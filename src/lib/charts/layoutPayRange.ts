import { linearScale } from './scale';
import type { Figure, MissingReason, PayBasis } from '../data/schema';
import { formatAxisWage } from '../format';
import { wrapLabel } from './wrapLabel';
import { rseInterval } from '../model/rseInterval';

const NONE: Figure = { missing: 'notAvailable' };

export interface PayRangeRow {
	soc: string;
	label: string;
	p10: Figure;
	p25: Figure;
	median: Figure;
	p75: Figure;
	p90: Figure;
	/** Draw in the highlight colour (coding roles, the reference career). */
	emphasis: boolean;
	/** Optional mean and its BLS relative standard error (percent): drawn as the mean with its 95% interval. */
	mean?: Figure;
	meanRse?: Figure;
}

export interface PayRangeBar {
	soc: string;
	label: string;
	/** The label as drawn: one line when it fits, else name and median on two lines, cut with … if needed. */
	lines: string[];
	emphasis: boolean;
	/** Top of the row's label line and of its bar. */
	labelY: number;
	barY: number;
	/** p10–p90 line; `open` when p90 is top-coded (drawn to the threshold with an arrow). */
	whisker: { x1: number; x2: number; open: boolean } | null;
	/** p25–p75 box; `open` when p75 is top-coded. */
	box: { x1: number; x2: number; open: boolean } | null;
	/** Median tick; `atLeast` when the median itself is top-coded. */
	median: { x: number; atLeast: boolean } | null;
	/** Why a part is not drawn, if one is not. */
	missing: MissingReason | null;
	/** The mean and its 95% interval (±1.96 × RSE), when the row carries both as numbers. */
	mean: { x: number; x1: number; x2: number } | null;
}

export interface PayRangeLayout {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	bars: PayRangeBar[];
	ticks: { x: number; label: string }[];
	/** Salary marker ("where would I fall"), when given and inside the domain. */
	marker: { x: number; label: string } | null;
	axisY: number;
}

const ROW = 46;
const LINE = 15;
const MARGIN = { top: 6, right: 16, bottom: 36, left: 8 };
/** Average glyph widths of the 13px label font, regular and bold (measured in Chromium: 7.0–7.2 and 7.8), for fitting labels without measuring the DOM. */
const CHAR = 7;
const BOLD_CHAR = 7.9;

/** Longest a label's name may wrap to before its last line is cut with …. */
const NAME_LINES = 3;

/**
 * Fits "name — median $x" into the width: one line, else the name (wrapped at spaces over up to three lines,
 * so the noun at its end survives) and the value on the line below.
 */
export function fitLabel(name: string, value: string, width: number, bold = false): string[] {
	const chars = Math.max(8, Math.floor((width - MARGIN.left - MARGIN.right) / (bold ? BOLD_CHAR : CHAR)));
	const one = `${name} — ${value}`;
	if (one.length <= chars) return [one];
	return [...wrapLabel(name, chars, NAME_LINES), value];
}

const valueOrCap = (f: Figure, cap: number | null) =>
	typeof f === 'number' ? f : f.missing === 'topCoded' && cap !== null ? cap : null;

/**
 * Places one row per career: label line, then a p10–p90 whisker, a p25–p75 box and a median tick on
 * a shared wage axis from zero. A top-coded point is drawn at the release's threshold and marked open,
 * never as a number it is not.
 */
export function layoutPayRange(
	rows: PayRangeRow[],
	basis: PayBasis,
	width: number,
	topCode: Figure,
	marker?: { value: number; label: string },
	medianText: (row: PayRangeRow) => string = () => ''
): PayRangeLayout {
	const cap = typeof topCode === 'number' ? topCode : null;
	const intervals = rows.map((r) => rseInterval(r.mean ?? NONE, r.meanRse ?? NONE));
	const values = rows
		.flatMap((r, i) => [...[r.p10, r.p25, r.median, r.p75, r.p90].map((f) => valueOrCap(f, cap)), intervals[i]?.high ?? null])
		.filter((v): v is number => v !== null);
	const max = Math.max(1, ...values, marker?.value ?? 0);
	const x = linearScale([0, max], [MARGIN.left, Math.max(MARGIN.left + 50, width - MARGIN.right)], { nice: true });
	let y = MARGIN.top;
	const bars = rows.map((r, i): PayRangeBar => {
		// An emphasised row's label is bold, and so wider.
		const lines = fitLabel(r.label, medianText(r), width, r.emphasis);
		const labelY = y;
		const barY = labelY + 26 + (lines.length - 1) * LINE;
		y = barY + ROW - 26;
		const p10 = valueOrCap(r.p10, cap);
		const p90 = valueOrCap(r.p90, cap);
		const p25 = valueOrCap(r.p25, cap);
		const p75 = valueOrCap(r.p75, cap);
		const median = valueOrCap(r.median, cap);
		const firstMissing = [r.p10, r.p25, r.median, r.p75, r.p90].find((f) => typeof f !== 'number' && f.missing !== 'topCoded');
		return {
			soc: r.soc,
			label: r.label,
			lines,
			emphasis: r.emphasis,
			labelY,
			barY,
			whisker: p10 !== null && p90 !== null ? { x1: x(p10), x2: x(p90), open: typeof r.p90 !== 'number' } : null,
			box: p25 !== null && p75 !== null ? { x1: x(p25), x2: x(p75), open: typeof r.p75 !== 'number' } : null,
			median: median !== null ? { x: x(median), atLeast: typeof r.median !== 'number' } : null,
			missing: firstMissing && typeof firstMissing !== 'number' ? firstMissing.missing : null,
			mean: intervals[i] && typeof r.mean === 'number' ? { x: x(r.mean), x1: x(intervals[i]!.low), x2: x(intervals[i]!.high) } : null
		};
	});
	const axisY = y + 4;
	const tickCount = Math.max(2, Math.floor(width / 90));
	return {
		width,
		height: axisY + MARGIN.bottom,
		margin: MARGIN,
		bars,
		ticks: x.ticks(tickCount).map((t) => ({ x: x(t), label: formatAxisWage(t, basis) })),
		marker: marker ? { x: x(marker.value), label: marker.label } : null,
		axisY
	};
}

/** Chart rows from pay summaries, titled from the career list; careers without a summary are skipped. */
export function payRangeRowsFrom(
	summaries: readonly ({ soc: string; title: string } & Record<'p10' | 'p25' | 'median' | 'p75' | 'p90', Figure>)[],
	titleOf: (soc: string) => string,
	emphasis: (soc: string) => boolean
): PayRangeRow[] {
	return summaries.map((s) => ({
		soc: s.soc,
		label: titleOf(s.soc) || s.title,
		p10: s.p10,
		p25: s.p25,
		median: s.median,
		p75: s.p75,
		p90: s.p90,
		emphasis: emphasis(s.soc)
	}));
}
