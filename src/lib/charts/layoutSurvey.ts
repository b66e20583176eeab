import { linearScale } from './scale';
import type { Figure } from '../data/schema';
import { formatAxisWage } from '../format';
import { isUnverified } from '../model/latestSurveyRows';
import type { SurveyRow } from '../model/surveyRows';
import { fitText } from './fitText';
import { wrapLabel } from './wrapLabel';

/** BLS context drawn beside the survey figures: the median line and the p25–p75 band of one release. */
export interface BlsContext {
	p25: Figure;
	median: Figure;
	p75: Figure;
	/** "BLS median, May 2025 (all medical records specialists)". */
	label: string;
}

export interface SurveyMark {
	key: string;
	/** Label lines: "CPC: mean $39,953" (the category wrapped in full on a phone) and, last, "AAPC 2010 survey · population"; the survey year always stays visible. */
	lines: string[];
	labelY: number;
	/** Dot position; a median is drawn as a diamond, a mean as a circle. */
	x: number;
	y: number;
	statistic: 'mean' | 'median';
	conflict: boolean;
}

export interface SurveyLayout {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	marks: SurveyMark[];
	/** BLS band and median line spanning the rows, with their label lines at the top; null when not published. */
	band: { x1: number; x2: number } | null;
	medianX: number | null;
	contextLines: { text: string; y: number }[];
	/** Top and bottom of the band and line. */
	plotTop: number;
	axisY: number;
	ticks: { x: number; label: string }[];
}

const MARGIN = { top: 6, right: 16, bottom: 36, left: 8 };
const CHAR = 6.6;
const LINE = 15;

/**
 * The label lines naming a figure in `chars` characters a line: the category in full (wrapped at spaces, at most two
 * lines, only then cut with …), then the figure, which is never cut — on the category's last line when it fits there.
 */
export function figureLines(category: string, figure: string, chars: number): string[] {
	const one = `${category}: ${figure}`;
	if (one.length <= chars) return [one];
	const name = wrapLabel(`${category}:`, chars, 2);
	const last = `${name.at(-1)} ${figure}`;
	return last.length <= chars ? [...name.slice(0, -1), last] : [...name, fitText(figure, chars)];
}

/** The survey line of a row, starting with organization and survey year so a cut never hides them. */
export const surveyLine = (r: SurveyRow) => `${r.organization} ${r.surveyYear} survey · ${r.population || 'population not stated'}`;

/**
 * One row per survey figure: a label naming category, statistic and value, a second line naming the
 * survey and year, and a dot on a wage axis from zero. The BLS band (p25–p75) and median line sit
 * behind all rows on the same axis, labelled as BLS at the top: context beside the survey series, not in it.
 */
export function layoutSurvey(rows: readonly SurveyRow[], bls: BlsContext | null, width: number, money: (v: number) => string): SurveyLayout {
	const chars = Math.max(16, Math.floor((width - MARGIN.left - MARGIN.right) / CHAR));
	const num = (f: Figure | undefined) => (typeof f === 'number' ? f : null);
	const blsValues = bls ? [num(bls.p25), num(bls.median), num(bls.p75)].filter((v): v is number => v !== null) : [];
	const x = linearScale([0, Math.max(1, ...rows.map((r) => r.value), ...blsValues)], [MARGIN.left, Math.max(MARGIN.left + 50, width - MARGIN.right)], { nice: true });

	const contextText = bls && num(bls.median) !== null ? bls.label : '';
	// The label may break at its parenthesis on narrow screens.
	const contextParts = contextText.length <= chars ? [contextText] : contextText.split(/ (?=\()/).map((p) => fitText(p, chars));
	const contextLines = contextText ? contextParts.map((text, i) => ({ text, y: MARGIN.top + 12 + i * LINE })) : [];
	const plotTop = MARGIN.top + contextLines.length * LINE + 6;

	let y = plotTop + 4;
	const marks = rows.map((r): SurveyMark => {
		const tail = `${r.statistic} ${money(r.value)}${r.conflict ? ' (reports differ)' : ''}${isUnverified(r) ? ' (unverified)' : ''}`;
		const one = `${r.category}: ${tail} — ${surveyLine(r)}`;
		const lines = one.length <= chars ? [one] : [...figureLines(r.category, tail, chars), fitText(surveyLine(r), chars)];
		const labelY = y;
		// The dot sits clear below the last label line (baseline + descender + the dot's radius), never on it.
		const dotY = labelY + 12 + (lines.length - 1) * LINE + 14;
		y = dotY + 12;
		return { key: r.key, lines, labelY, x: x(r.value), y: dotY, statistic: r.statistic, conflict: r.conflict };
	});
	const axisY = y + 4;
	const p25 = num(bls?.p25);
	const p75 = num(bls?.p75);
	const median = num(bls?.median);
	return {
		width,
		height: axisY + MARGIN.bottom,
		margin: MARGIN,
		marks,
		band: p25 !== null && p75 !== null ? { x1: x(p25), x2: x(p75) } : null,
		medianX: median !== null ? x(median) : null,
		contextLines,
		plotTop,
		axisY,
		ticks: x.ticks(Math.max(2, Math.floor(width / 90))).map((t) => ({ x: x(t), label: formatAxisWage(t, 'annual') }))
	};
}
