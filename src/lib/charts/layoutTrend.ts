import { linearScale } from './scale';
import { line } from 'd3-shape';
import type { Figure, PayBasis } from '../data/schema';
import { formatAxisWage, formatCount, formatWage } from '../format';
import { compareText } from '../model/compareText';
import type { TrendPoint, TrendStat } from '../model/trendAcrossReleases';
import { seriesColor } from './palette';
import { wrapText } from '../export/wrapText';
import { wrapLabel } from './wrapLabel';

/** One career's values across releases, as `trendAcrossReleases` returns them. */
export interface TrendSeries {
	soc: string;
	label: string;
	points: TrendPoint[];
}

/** One (career, release) point; `y` is null when nothing may be drawn there. */
export interface TrendMark {
	release: string;
	sourceId: string;
	x: number;
	y: number | null;
	value: Figure;
	/** Top-coded: drawn at the release's threshold with an open circle. */
	atLeast: boolean;
	/** "≥ $239,200" above the open circle; null where it would overlap another such label. */
	atLeastLabel: string | null;
	note: string;
}

export interface TrendLine {
	soc: string;
	label: string;
	color: string;
	/** Solid path through published numbers only; one "M" per unbroken segment; "" when none. */
	path: string;
	/** Dashed links to and from top-coded points (the value is at least there, not there). */
	openPaths: string[];
	/** One mark per release on the x axis, oldest first. */
	marks: TrendMark[];
	/** Direct label at the line's last drawn point, pushed apart from the others. */
	/** The line's end label: its name wrapped over one or two lines (the table names it in full). */
	end: { x: number; y: number; labelY: number; lines: string[] } | null;
}

export interface TrendLayout {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	plot: { left: number; right: number; top: number };
	axisY: number;
	lines: TrendLine[];
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	/** Releases where at least one line breaks with a reason: a "gap" marker sits on the axis there, with the word
	 * "gap*" where it does not run into the one before (releases a year apart on a phone). */
	gaps: { x: number; release: string; labelled: boolean }[];
	/** Notes to list under the chart: one per (release, note), naming the careers it applies to. */
	notes: { release: string; note: string; labels: string[] }[];
	/** False when no value at all can be drawn. */
	hasValues: boolean;
}

/** Width of one character of the 11 px bold labels, estimated. */
const CHAR = 6.8;
const LABEL_GAP = 14;
/** Width of a "gap*" marker label (10 px type) and of a four-digit year tick label, with room between. */
const GAP_LABEL = 30;
const YEAR_LABEL = 36;
/** Below this chart width an end label may take three lines and a wider margin, so a phone names each line in full. */
const NARROW = 480;

/** Value of one point as text, in the statistic's unit; a top-coded wage reads "≥ $…". */
export function trendValueText(f: Figure, stat: TrendStat, basis: PayBasis, topCode?: Figure): string {
	return stat === 'employment' ? formatCount(f) : formatWage(f, basis, topCode);
}

/** Pushes label positions apart by at least `gap` while keeping them in [min, max]; input order kept. */
export function spreadLabels(ys: readonly number[], gap: number, min: number, max: number): number[] {
	const order = ys.map((_, i) => i).sort((a, b) => ys[a] - ys[b]);
	const out = ys.slice();
	let prev = min - gap;
	for (const i of order) prev = out[i] = Math.max(ys[i], prev + gap);
	let next = max + gap;
	for (const i of order.reverse()) next = out[i] = Math.min(out[i], next - gap);
	return out;
}

/** Gap markers left to right, each labelled unless its label would run into the last one labelled. */
function gapMarkers(gaps: { x: number; release: string }[]): TrendLayout['gaps'] {
	let last = -Infinity;
	return gaps.map((g) => {
		const labelled = g.x - last >= GAP_LABEL;
		if (labelled) last = g.x;
		return { ...g, labelled };
	});
}

/** "2023-05-01" → 2023.33: releases placed by when they were taken. */
const yearOf = (date: string) => Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) - 1) / 12;

/** The ordered releases (by reference date) any series has a point for. */
function releasesIn(series: readonly TrendSeries[]) {
	const byDate = new Map<string, string>();
	for (const s of series) for (const p of s.points) if (!byDate.has(p.date)) byDate.set(p.date, p.release);
	return [...byDate].sort(([a], [b]) => compareText(a, b)).map(([date, release]) => ({ date, release }));
}

/**
 * One line per career across OEWS releases on a time axis (a year without a release shows as a wider
 * step, not a missing one), wage (or employment) from zero.
 * A missing value breaks the line (never interpolated); a top-coded one sits at its release's
 * threshold, open, linked by dashes. Line ends carry direct labels, pushed apart by 14 px.
 */
export function layoutTrend(
	series: readonly TrendSeries[],
	stat: TrendStat,
	basis: PayBasis,
	width: number,
	topCodes: Record<string, Figure>
): TrendLayout {
	const releases = releasesIn(series);
	const threshold = (p: TrendPoint): number | null => {
		const t = topCodes[p.sourceId];
		return stat !== 'employment' && typeof p.value !== 'number' && p.value.missing === 'topCoded' && typeof t === 'number' ? t : null;
	};
	const drawable = (p: TrendPoint | undefined) => (p ? (typeof p.value === 'number' ? p.value : threshold(p)) : null);
	const values = series.flatMap((s) => s.points.map(drawable)).filter((v): v is number => v !== null && Number.isFinite(v));
	const hasValues = values.length > 0;

	const longest = Math.max(0, ...series.map((s) => s.label.length)) * CHAR + 12;
	// A name too long for the margin wraps onto more lines rather than losing its end ("Medical Recor…"): two on a wide
	// chart; on a phone three, with the margin widened (up to half the chart) until every name fits in full.
	const maxLines = width < NARROW ? 3 : 2;
	const charsIn = (margin: number) => Math.max(4, Math.floor((margin - 10) / CHAR));
	const base = Math.round(Math.min(Math.max(longest, 60), width * 0.35));
	const fits = (margin: number) => series.every((s) => wrapText(s.label, charsIn(margin), (t) => t.length).length <= maxLines);
	let right = base;
	if (width < NARROW) while (right < Math.min(longest, width * 0.5) && !fits(right)) right += CHAR;
	right = Math.round(right);
	const labelChars = charsIn(right);
	const endLines = series.map((s) => wrapLabel(s.label, labelChars, maxLines));
	const gap = LABEL_GAP * Math.max(1, ...endLines.map((l) => l.length)) - (endLines.some((l) => l.length > 1) ? 2 : 0);
	const plotHeight = Math.max(Math.min(Math.round(width * 0.45), 320), 180, series.length * gap + 20);
	const top = 32;
	const axisY = top + plotHeight;
	const y = linearScale([0, Math.max(1, ...values)], [axisY, top], { nice: true });
	const yTickValues = hasValues ? y.ticks(Math.max(3, Math.round(plotHeight / 60))) : [];
	const tickText = (t: number) => (stat === 'employment' ? formatCount(t) : formatAxisWage(t, basis));
	const yLabels = yTickValues.map(tickText);
	const left = Math.max(36, Math.max(0, ...yLabels.map((l) => l.length)) * CHAR + 10);

	const margin = { top, right, bottom: 42, left };
	const plotRight = Math.max(left + 40, width - right);
	const years = releases.map((r) => yearOf(r.date));
	const x = linearScale(years.length > 1 ? [years[0], years[years.length - 1]] : [years[0] - 1, years[0] + 1], [left + 16, plotRight - 8]);
	const xAt = (date: string) => (releases.length > 0 ? x(yearOf(date)) : (left + plotRight) / 2);

	const step = releases.length > 1 ? Math.min(...releases.slice(1).map((r, i) => xAt(r.date) - xAt(releases[i].date))) : Infinity;
	const every = step < 30 ? 2 : 1;
	const kept = releases.filter((_, i) => i % every === 0 || i === releases.length - 1);
	// The latest release always has its tick; the one kept before it gives way when the two labels would touch.
	const crowded = kept.length > 1 && xAt(kept[kept.length - 1].date) - xAt(kept[kept.length - 2].date) < YEAR_LABEL;
	const xTicks = (crowded ? [...kept.slice(0, -2), kept[kept.length - 1]] : kept).map((r) => ({
		x: xAt(r.date),
		label: step < 58 ? (r.release.match(/\d{4}/)?.[0] ?? r.release) : r.release
	}));

	// "≥ $…" labels already placed (centre, baseline, width); a label that would overlap one is left off.
	const placed: { x: number; y: number; w: number }[] = [];
	const room = (x: number, y: number, w: number) => placed.every((p) => Math.abs(p.x - x) >= (p.w + w) / 2 + 4 || Math.abs(p.y - y) >= 14);
	const lines = series.map((s, i): TrendLine => {
		const marks = releases.map(({ date, release }): TrendMark => {
			const p = s.points.find((q) => q.date === date);
			const v = drawable(p);
			const value: Figure = p ? p.value : { missing: 'notInRelease' };
			const atLeast = v !== null && typeof value !== 'number';
			return { release, sourceId: p?.sourceId ?? '', x: xAt(date), y: v === null ? null : y(v), value, atLeast, atLeastLabel: null, note: p?.note ?? '' };
		});
		// Latest first, so the most recent top-coded point keeps its label when two would collide.
		for (const m of [...marks].reverse()) {
			if (!m.atLeast || m.y === null) continue;
			const text = formatWage(m.value, basis, topCodes[m.sourceId]);
			const w = text.length * CHAR;
			if (!room(m.x, m.y - 9, w)) continue;
			m.atLeastLabel = text;
			placed.push({ x: m.x, y: m.y - 9, w });
		}
		const solid = line<TrendMark>()
			.defined((m) => m.y !== null && !m.atLeast)
			.x((m) => m.x)
			.y((m) => m.y ?? axisY);
		const openPaths = marks.slice(1).flatMap((m, j) => {
			const a = marks[j];
			return a.y !== null && m.y !== null && (a.atLeast || m.atLeast) ? [`M${a.x},${a.y}L${m.x},${m.y}`] : [];
		});
		const last = [...marks].reverse().find((m) => m.y !== null);
		return {
			soc: s.soc,
			label: s.label,
			color: seriesColor(i),
			path: solid(marks) ?? '',
			openPaths,
			marks,
			end: last && last.y !== null ? { x: plotRight + 6, y: last.y, labelY: last.y, lines: endLines[i] } : null
		};
	});
	const ends = lines.filter((l) => l.end);
	const spread = spreadLabels(ends.map((l) => l.end!.y), gap, top, axisY - 4);
	ends.forEach((l, j) => (l.end!.labelY = spread[j]));

	const notes: TrendLayout['notes'] = [];
	const gapDates = new Set<string>();
	releases.forEach(({ date, release }, r) => {
		for (const l of lines) {
			const m = l.marks[r];
			if (m.y !== null || !m.note) continue;
			gapDates.add(date);
			const existing = notes.find((n) => n.release === release && n.note === m.note);
			if (existing) existing.labels.push(l.label);
			else notes.push({ release, note: m.note, labels: [l.label] });
		}
	});

	return {
		width,
		height: axisY + margin.bottom,
		margin,
		plot: { left, right: plotRight, top },
		axisY,
		lines,
		xTicks,
		yTicks: yTickValues.map((t, i) => ({ y: y(t), label: yLabels[i] })),
		gaps: gapMarkers(releases.filter((r) => gapDates.has(r.date)).map((r) => ({ x: xAt(r.date), release: r.release }))),
		notes,
		hasValues
	};
}
