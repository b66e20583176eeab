import { linearScale } from './scale';
import type { Figure, MissingReason, PayBasis } from '../data/schema';
import { formatAxisCount, formatAxisWage } from '../format';
import type { SettingRow } from '../model/settingsProfile';
import { fitLabel } from './layoutPayRange';

/** Shorter names for the longest BLS industry titles (the table twin keeps the full title). */
const SHORT_NAMES: Record<string, string> = {
	'56': 'Administrative, support and waste services',
	'99': 'Government (excl. state and local schools and hospitals, Postal Service)',
	'81': 'Other services',
	'623100': 'Nursing care facilities',
	'21': 'Mining, quarrying, oil and gas'
};

/** The name a setting is drawn with: sentence-case BLS title, short where the title is very long; industries read "of which: …". */
export function settingLabel(row: Pick<SettingRow, 'naics' | 'industry' | 'kind'>): string {
	const name = SHORT_NAMES[row.naics] ?? row.industry;
	return row.kind === 'industry' ? `of which: ${name}` : name;
}

export interface SettingsBar {
	/** Unique: NAICS and ownership. */
	key: string;
	naics: string;
	label: string;
	/** Label lines as drawn: "name — median $x · n jobs", or name and values on two lines. */
	lines: string[];
	/** 4-digit industries are indented under their sector. */
	indent: number;
	labelY: number;
	barY: number;
	whisker: { x1: number; x2: number; open: boolean } | null;
	box: { x1: number; x2: number; open: boolean } | null;
	median: { x: number; atLeast: boolean } | null;
	/** Employment bar, scaled to the largest setting shown; null when employment is not published. */
	jobs: { x1: number; x2: number; y: number } | null;
	/** Why the wage range is not drawn, if it is not. */
	missing: MissingReason | null;
}

export interface SettingsLayout {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	bars: SettingsBar[];
	ticks: { x: number; label: string }[];
	/** Left end of the wage axis; the employment column sits left of it, on a scale of its own. */
	plotLeft: number;
	/** The employment column's own axis: its right end and ticks (0 and the largest setting). */
	jobsAxis: { x1: number; x2: number; ticks: { x: number; label: string }[] };
	axisY: number;
}

const MARGIN = { top: 6, right: 16, bottom: 36, left: 8 };
const INDENT = 14;
const LINE = 15;
/** Gap between the employment column and the wage axis, wide enough that their end tick labels ("123k", "$0") stay apart. */
const GAP = 28;

/** Width of the employment column: jobs are never drawn on the wage axis. */
const jobsWidth = (width: number) => Math.round(Math.min(120, Math.max(44, width * 0.15)));

const valueOrCap = (f: Figure, cap: number | null) => (typeof f === 'number' ? f : f.missing === 'topCoded' && cap !== null ? cap : null);

/** The largest wage a set of rows draws (top-coded points at the threshold), so two charts can share one axis. */
export function settingsWageMax(rows: readonly SettingRow[], topCode: Figure): number {
	const cap = typeof topCode === 'number' ? topCode : null;
	const values = rows.flatMap((r) => [r.p10, r.p25, r.median, r.p75, r.p90].map((f) => valueOrCap(f, cap))).filter((v): v is number => v !== null);
	return Math.max(1, ...values);
}

/** The largest published employment among rows (for a shared jobs scale). */
export const settingsJobsMax = (rows: readonly SettingRow[]): number =>
	Math.max(1, ...rows.map((r) => r.employment).filter((e): e is number => typeof e === 'number'));

/**
 * One row per work setting: its label line(s), a p10–p90 whisker, p25–p75 box and median tick on a
 * wage axis from zero, and left of it, in a column on a scale of its own, a thin bar of the setting's
 * employment (so where the jobs are reads beside where pay is high, without sharing the wage axis). A top-coded point is drawn at the threshold, marked open.
 */
export function layoutSettings(
	rows: readonly SettingRow[],
	basis: PayBasis,
	width: number,
	topCode: Figure,
	valueText: (row: SettingRow) => string = () => '',
	shared: { wageMax?: number; jobsMax?: number } = {}
): SettingsLayout {
	const cap = typeof topCode === 'number' ? topCode : null;
	const jobsRight = MARGIN.left + jobsWidth(width);
	const plotLeft = jobsRight + GAP;
	const right = Math.max(plotLeft + 50, width - MARGIN.right);
	const x = linearScale([0, shared.wageMax ?? settingsWageMax(rows, topCode)], [plotLeft, right], { nice: true });
	const jobsMax = shared.jobsMax ?? settingsJobsMax(rows);
	const jobs = linearScale([0, jobsMax], [MARGIN.left, jobsRight]);
	let y = MARGIN.top;
	const bars = rows.map((r): SettingsBar => {
		const indent = r.kind === 'industry' ? INDENT : 0;
		const label = settingLabel(r);
		const lines = fitLabel(label, valueText(r), width - indent);
		const labelY = y;
		const barY = labelY + 26 + (lines.length - 1) * LINE;
		const jobsY = barY;
		y = barY + 20;
		const [p10, p25, median, p75, p90] = [r.p10, r.p25, r.median, r.p75, r.p90].map((f) => valueOrCap(f, cap));
		const firstMissing = [r.p10, r.p25, r.median, r.p75, r.p90].find((f) => typeof f !== 'number' && f.missing !== 'topCoded');
		return {
			key: `${r.naics}|${r.ownCode}`,
			naics: r.naics,
			label,
			lines,
			indent,
			labelY,
			barY,
			whisker: p10 !== null && p90 !== null ? { x1: x(p10), x2: x(p90), open: typeof r.p90 !== 'number' } : null,
			box: p25 !== null && p75 !== null ? { x1: x(p25), x2: x(p75), open: typeof r.p75 !== 'number' } : null,
			median: median !== null ? { x: x(median), atLeast: typeof r.median !== 'number' } : null,
			jobs: typeof r.employment === 'number' ? { x1: MARGIN.left, x2: Math.max(MARGIN.left + 1, jobs(r.employment)), y: jobsY } : null,
			missing: firstMissing && typeof firstMissing !== 'number' ? firstMissing.missing : null
		};
	});
	const axisY = y + 4;
	return {
		width,
		height: axisY + MARGIN.bottom,
		margin: MARGIN,
		bars,
		ticks: x.ticks(Math.max(2, Math.floor((right - plotLeft) / 80))).map((t) => ({ x: x(t), label: formatAxisWage(t, basis) })),
		plotLeft,
		jobsAxis: { x1: MARGIN.left, x2: jobsRight, ticks: [{ x: MARGIN.left, label: '0' }, { x: jobsRight, label: formatAxisCount(jobsMax) }] },
		axisY
	};
}
