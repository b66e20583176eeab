import { linearScale } from './scale';
import type { AiExposureRow } from '../model/aiExposureRows';
import { fitText } from './fitText';

/** The three measures, in drawing order, with how each is named on the chart. */
export const AI_MEASURES = [
	{ key: 'gpt4', label: 'Eloundou beta, GPT-4-rated', shape: 'circle' },
	{ key: 'human', label: 'Eloundou beta, human-rated', shape: 'square' },
	{ key: 'microsoft', label: 'Microsoft AI applicability', shape: 'triangle' }
] as const;
export type AiMeasureKey = (typeof AI_MEASURES)[number]['key'];

export interface AiMark {
	key: AiMeasureKey;
	shape: (typeof AI_MEASURES)[number]['shape'];
	x: number;
	y: number;
	percentile: number;
}

export interface AiExposureLayout {
	width: number;
	height: number;
	/** Legend entries across the top. */
	legend: { x: number; y: number; label: string; shape: AiMark['shape'] }[];
	rows: { soc: string; onetSoc: string; label: string; labelY: number; trackY: number; emphasis: boolean; marks: AiMark[]; missing: string[] }[];
	ticks: { x: number; label: string }[];
	x1: number;
	x2: number;
	axisY: number;
	top: number;
}

const MARGIN = { left: 16, right: 20, bottom: 36 };
/** Width of one character of the 13 px labels (bold ones are wider), estimated. */
const CHAR = 7.6;

/**
 * One row per occupation: its name, then a track from the 0th to the 100th percentile with a mark per
 * measure at its percentile among the source file (percentiles make the three scales comparable).
 * A missing measure has no mark and is named in `missing`.
 */
export function layoutAiExposure(rows: readonly AiExposureRow[], width: number): AiExposureLayout {
	const x1 = MARGIN.left;
	const x2 = Math.max(x1 + 60, width - MARGIN.right);
	const x = linearScale([0, 100], [x1, x2]);
	const chars = Math.max(10, Math.floor((width - 16) / CHAR));
	// The legend wraps to one entry a line when narrow.
	const perLine = width < 560 ? 1 : 3;
	const legend = AI_MEASURES.map((m, i) => ({ x: 8 + (i % perLine) * Math.floor((width - 16) / perLine), y: 14 + Math.floor(i / perLine) * 18, label: m.label, shape: m.shape }));
	const top = legend.at(-1)!.y + 14;
	let y = top;
	const laid = rows.map((r) => {
		const labelY = y + 14;
		const trackY = labelY + 16;
		const marks: AiMark[] = [];
		const missing: string[] = [];
		for (const m of AI_MEASURES) {
			const v = r[m.key];
			if (v) marks.push({ key: m.key, shape: m.shape, x: x(Math.min(100, Math.max(0, v.percentile))), y: trackY, percentile: v.percentile });
			else missing.push(m.label);
		}
		y = trackY + 14;
		return { soc: r.soc, onetSoc: r.onetSoc, label: fitText(r.label, chars), labelY, trackY, emphasis: r.emphasis, marks, missing };
	});
	const axisY = y + 4;
	const ticks = (width < 480 ? [0, 50, 100] : [0, 25, 50, 75, 100]).map((t) => ({ x: x(t), label: `${t}th` }));
	return { width, height: axisY + MARGIN.bottom, legend, rows: laid, ticks, x1, x2, axisY, top };
}
