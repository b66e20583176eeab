import { linearScale, sqrtScale } from './scale';
import type { Figure } from '../data/schema';
import { formatAxisWage, formatCount, formatWage } from '../format';
import { yearsOfTraining } from '../model/yearsOfTraining';
import { fitText } from './fitText';
import { wrapLabel } from './wrapLabel';
import { CHAR, needsLeader as leaderNeeded, placeLabels } from './placeLabels';

export interface TrainingRow {
	soc: string;
	label: string;
	/** BLS typical entry-level education, as published. */
	education: string;
	/** Median annual pay (a top-coded value is drawn at the threshold, open). */
	medianPay: Figure;
	/** Thousands of openings a year. */
	openings: Figure;
	emphasis: boolean;
}

export interface TrainingPoint {
	soc: string;
	label: string;
	emphasis: boolean;
	/** Index of the row in the input. */
	row: number;
	years: number;
	x: number;
	y: number;
	/** Area ∝ openings; a small fixed dot (`sized` false) when openings are not published. */
	r: number;
	sized: boolean;
	/** Median pay is top-coded: drawn at the threshold with an open marker. */
	atLeast: boolean;
	/** The direct label; a wrapped name has its lines separated by "\n". */
	labelText: string;
	labelX: number;
	labelY: number;
	anchor: 'start' | 'end';
}

/** A point's label on one line, cut with … to `chars` where it must be. */
const oneLine = (p: Pick<TrainingPoint, 'label' | 'atLeast'>, chars: number, topCode: Figure) =>
	fitText(p.label, chars) + (p.atLeast ? ` ${formatWage({ missing: 'topCoded' }, 'annual', topCode)}` : '');

/** A label moved off its point's height is tied back to it by a thin line. */
export const needsLeader = (p: TrainingPoint) => leaderNeeded(p, { x: p.labelX, y: p.labelY, anchor: p.anchor });

export interface TrainingLayout {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	plot: { left: number; right: number; top: number };
	axisY: number;
	points: TrainingPoint[];
	/** Rows with no mark, and why. */
	skipped: { soc: string; label: string; reason: string }[];
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
}

const MAX_YEARS = 8;

/**
 * Each career at its typical years of training after high school (x) and median annual pay (y, from
 * zero), bubble area proportional to openings a year. Labels go beside each bubble, flipping left near
 * the right edge, and move up or down in 14 px steps where they would overlap another (e.g. at the same x);
 * a label moved off its point gets a leader line (see `needsLeader`).
 */
export function layoutTraining(rows: readonly TrainingRow[], width: number, topCode: Figure): TrainingLayout {
	const cap = typeof topCode === 'number' ? topCode : null;
	const payOf = (f: Figure) => (typeof f === 'number' ? f : f.missing === 'topCoded' ? cap : null);
	const skipped: TrainingLayout['skipped'] = [];
	const placed = rows.flatMap((r, row) => {
		const years = yearsOfTraining(r.education);
		const pay = payOf(r.medianPay);
		if (years === null) skipped.push({ soc: r.soc, label: r.label, reason: 'typical entry education not published' });
		else if (pay === null || !Number.isFinite(pay))
			skipped.push({ soc: r.soc, label: r.label, reason: `median pay ${formatWage(r.medianPay, 'annual', topCode)}` });
		else return [{ r, row, years, pay }];
		return [];
	});

	const top = 20;
	const plotHeight = Math.min(Math.max(Math.round(width * 0.5), 200), 340);
	const axisY = top + plotHeight;
	const y = linearScale([0, Math.max(1, ...placed.map((p) => p.pay))], [axisY, top], { nice: true });
	const yTickValues = placed.length ? y.ticks(Math.max(3, Math.round(plotHeight / 60))) : [];
	const yLabels = yTickValues.map((t) => formatAxisWage(t, 'annual'));
	const left = Math.max(36, Math.max(0, ...yLabels.map((l) => l.length)) * CHAR + 10);
	const right = Math.max(left + 60, width - 12);
	const maxR = Math.min(Math.max(width / 30, 10), 28);
	const x = linearScale([0, MAX_YEARS], [left + maxR, right - maxR]);
	const openings = placed.map((p) => p.r.openings).filter((o): o is number => typeof o === 'number' && Number.isFinite(o) && o >= 0);
	const radius = sqrtScale([0, Math.max(1e-9, ...openings)], [0, maxR]);
	const chars = Math.max(10, Math.floor((width < 520 ? width * 0.4 : width * 0.3) / CHAR));

	const points = placed.map(({ r, row, years, pay }): TrainingPoint => {
		const px = x(years);
		const sized = typeof r.openings === 'number' && Number.isFinite(r.openings) && r.openings >= 0;
		const rad = sized ? Math.max(2.5, radius(r.openings as number)) : 3;
		const atLeast = typeof r.medianPay !== 'number';
		// A long name wraps onto a second line rather than losing its noun ("Medical Records / Specialists").
		const labelText = wrapLabel(r.label, chars, 2).join('\n') + (atLeast ? ` ${formatWage(r.medianPay, 'annual', topCode)}` : '');
		const py = y(pay);
		return {
			soc: r.soc,
			label: r.label,
			emphasis: r.emphasis,
			row,
			years,
			x: px,
			y: py,
			r: rad,
			sized,
			atLeast,
			labelText,
			labelX: px + rad + 4,
			labelY: py,
			anchor: 'start'
		};
	});
	const bounds = { left: 0, right: width, top: top + 4, bottom: axisY - 6 };
	let spots = placeLabels(points.map((p) => ({ x: p.x, y: p.y, r: p.r, text: p.labelText })), bounds);
	// Too crowded for two-line labels: every label keeps to one line, shortened where it must be.
	if (spots.some((s) => s.crowded) && points.some((p) => p.labelText.includes('\n'))) {
		for (const p of points) p.labelText = p.labelText.includes('\n') ? oneLine(p, chars, topCode) : p.labelText;
		spots = placeLabels(points.map((p) => ({ x: p.x, y: p.y, r: p.r, text: p.labelText })), bounds);
	}
	points.forEach((p, i) => Object.assign(p, { labelX: spots[i].x, labelY: spots[i].y, anchor: spots[i].anchor }));

	const step = width < 480 ? 2 : 1;
	const xTicks = Array.from({ length: MAX_YEARS / step + 1 }, (_, i) => i * step).map((t) => ({ x: x(t), label: formatCount(t) }));
	return {
		width,
		height: axisY + 40,
		margin: { top, right: width - right, bottom: 40, left },
		plot: { left, right, top },
		axisY,
		points,
		skipped,
		xTicks,
		yTicks: yTickValues.map((t, i) => ({ y: y(t), label: yLabels[i] }))
	};
}

