import { describe, expect, it } from 'vitest';
import { layoutTrend, spreadLabels, type TrendSeries } from '../../../src/lib/charts/layoutTrend';
import type { Figure } from '../../../src/lib/data/schema';
import { HYBRID_2020_NOTE, type TrendPoint } from '../../../src/lib/model/trendAcrossReleases';
import { findNaN } from './noNaN';

const YEARS = [2020, 2021, 2023, 2024, 2025];
const TOP_CODES: Record<string, Figure> = Object.fromEntries(YEARS.map((y) => [`oews-national-${y}`, y < 2023 ? 208000 : 239200]));

function pt(year: number, value: Figure, note = ''): TrendPoint {
	return { sourceId: `oews-national-${year}`, release: `May ${year}`, date: `${year}-05-01`, value, note };
}
const series = (soc: string, label: string, values: Figure[], notes: string[] = []): TrendSeries => ({
	soc,
	label,
	points: values.map((v, i) => pt(YEARS[i], v, notes[i] ?? ''))
});

const NOT_IN: Figure = { missing: 'notInRelease' };
const TOP: Figure = { missing: 'topCoded' };
const NA: Figure = { missing: 'notAvailable' };

const mrs = series('29-2072', 'Medical Records Specialists', [NOT_IN, 46660, 48780, 50250, 51000], [HYBRID_2020_NOTE]);
const pa = series('29-1071', 'Physician Assistants', [115390, 121530, 130020, 133260, 136000]);
const crna = series('29-1151', 'Nurse Anesthetists', [189190, 195610, TOP, 214200, TOP]);
const midGap = series('29-2036', 'Medical Dosimetrists', [90000, 95000, NA, 100000, 102000]);
const allMissing = series('29-9021', 'Health Information Technologists', [NOT_IN, NA, NA, NA, NA], [HYBRID_2020_NOTE]);

const segments = (d: string) => (d.match(/M/g) ?? []).length;

describe('layoutTrend', () => {
	const cases: [string, TrendSeries[]][] = [
		['one row', [pa]],
		['gap at start', [mrs]],
		['gap in the middle', [midGap]],
		['top-coded', [crna]],
		['all missing', [allMissing]],
		['six careers', [mrs, pa, crna, midGap, allMissing, series('29-1141', 'Registered Nurses', [75330, 77600, 86070, 93600, 95000])]],
		['none', []]
	];
	for (const width of [300, 320, 640, 1200])
		it.each(cases)(`%s at width ${width}: finite numbers, marks inside the chart`, (_, input) => {
			const l = layoutTrend(input, 'median', 'annual', width, TOP_CODES);
			expect(findNaN(l)).toEqual([]);
			for (const line of l.lines) {
				for (const m of line.marks) {
					expect(m.x).toBeGreaterThanOrEqual(0);
					expect(m.x).toBeLessThanOrEqual(width);
					if (m.y !== null) expect(m.y).toBeLessThanOrEqual(l.axisY);
				}
				if (line.end) {
					for (const text of line.end.lines) expect(line.end.x + text.length * 6.8).toBeLessThanOrEqual(width + 1);
					expect(line.end.labelY).toBeGreaterThanOrEqual(0);
				}
			}
			for (const t of l.xTicks) expect(t.x).toBeGreaterThanOrEqual(0), expect(t.x).toBeLessThanOrEqual(width);
			expect(l.plot.left).toBeGreaterThanOrEqual(0);
			expect(l.plot.right).toBeLessThanOrEqual(width);
		});

	it('29-2072 absent in May 2020: no point at that x, no line to it, a gap marker and the note', () => {
		const l = layoutTrend([mrs, pa], 'median', 'annual', 640, TOP_CODES);
		const [line] = l.lines;
		expect(line.marks[0]).toMatchObject({ release: 'May 2020', y: null, note: HYBRID_2020_NOTE });
		expect(line.marks.slice(1).every((m) => m.y !== null)).toBe(true);
		expect(segments(line.path)).toBe(1);
		expect(line.path.startsWith(`M${line.marks[1].x},`)).toBe(true);
		expect(l.gaps).toEqual([{ x: line.marks[0].x, release: 'May 2020', labelled: true }]);
		expect(l.notes).toEqual([{ release: 'May 2020', note: HYBRID_2020_NOTE, labels: ['Medical Records Specialists'] }]);
	});

	it('a missing point in the middle splits the path in two segments, never bridged', () => {
		const [line] = layoutTrend([midGap], 'median', 'annual', 640, TOP_CODES).lines;
		expect(segments(line.path)).toBe(2);
		expect(line.marks[2].y).toBeNull();
		expect(line.path).not.toContain(`${line.marks[2].x},`);
		expect(line.openPaths).toEqual([]);
	});

	it('a gap without a note has no marker and no note', () => {
		const l = layoutTrend([midGap], 'median', 'annual', 640, TOP_CODES);
		expect(l.gaps).toEqual([]);
		expect(l.notes).toEqual([]);
	});

	it('one note for several careers with the same gap', () => {
		const l = layoutTrend([mrs, allMissing], 'median', 'annual', 640, TOP_CODES);
		expect(l.notes).toEqual([{ release: 'May 2020', note: HYBRID_2020_NOTE, labels: ['Medical Records Specialists', 'Health Information Technologists'] }]);
	});

	it('top-coded: at the release threshold, open, labelled "≥ $…", linked by dashes only', () => {
		const l = layoutTrend([crna], 'median', 'annual', 640, TOP_CODES);
		const [line] = l.lines;
		const m = line.marks[2];
		expect(m.atLeast).toBe(true);
		expect(m.atLeastLabel).toBe('≥ $239,200');
		expect(line.marks[4].atLeastLabel).toBe('≥ $239,200');
		// The threshold is the top of the data: the nice domain reaches at least there.
		expect(m.y).toBeLessThan(line.marks[3].y!);
		// Solid path covers only the published numbers: 2020–2021 and 2024.
		expect(segments(line.path)).toBe(2);
		expect(line.openPaths).toHaveLength(3);
	});

	it('narrow: "≥ $…" labels that would collide are left off, the latest kept', () => {
		const every = series('29-1151', 'Nurse Anesthetists', [TOP, TOP, TOP, TOP, TOP]);
		const [line] = layoutTrend([every], 'median', 'annual', 320, TOP_CODES).lines;
		expect(line.marks.every((m) => m.atLeast)).toBe(true);
		expect(line.marks[4].atLeastLabel).toBe('≥ $239,200');
		const shown = line.marks.filter((m) => m.atLeastLabel);
		for (let i = 1; i < shown.length; i++) expect(shown[i].x - shown[i - 1].x).toBeGreaterThanOrEqual(10 * 6.8 + 4);
		expect(shown.length).toBeLessThan(5);
	});

	it('top-coded without a known threshold is not drawn', () => {
		const [line] = layoutTrend([crna], 'median', 'annual', 640, {}).lines;
		expect(line.marks[2].y).toBeNull();
		expect(line.marks[2].atLeast).toBe(false);
	});

	it('all missing: no path, no end label, no y ticks', () => {
		const l = layoutTrend([allMissing], 'median', 'annual', 640, TOP_CODES);
		expect(l.hasValues).toBe(false);
		expect(l.lines[0].path).toBe('');
		expect(l.lines[0].end).toBeNull();
		expect(l.yTicks).toEqual([]);
	});

	it('one mark per (career, release) and releases ordered by date', () => {
		const shuffled = { ...pa, points: [...pa.points].reverse() };
		const l = layoutTrend([shuffled, mrs], 'median', 'annual', 900, TOP_CODES);
		expect(l.lines.map((x) => x.marks.length)).toEqual([5, 5]);
		expect(l.xTicks.map((t) => t.label)).toEqual(YEARS.map((y) => `May ${y}`));
		const xs = l.lines[0].marks.map((m) => m.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
	});

	it('narrow: year-only release labels', () => {
		const l = layoutTrend([pa], 'median', 'annual', 320, TOP_CODES);
		expect(l.xTicks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
	});

	it('y axis from zero, ticks ascending up the page', () => {
		const l = layoutTrend([pa], 'median', 'annual', 640, TOP_CODES);
		expect(l.yTicks[0]).toMatchObject({ y: l.axisY, label: '$0' });
	});

	it('end labels of close lines are at least 14 px apart', () => {
		const a = series('a', 'A', [1, 2, 3, 4, 50000]);
		const b = series('b', 'B', [1, 2, 3, 4, 50100]);
		const c = series('c', 'C', [1, 2, 3, 4, 50200]);
		const ys = layoutTrend([a, b, c], 'median', 'annual', 640, TOP_CODES)
			.lines.map((x) => x.end!.labelY)
			.sort((p, q) => p - q);
		expect(ys[1] - ys[0]).toBeGreaterThanOrEqual(14);
		expect(ys[2] - ys[1]).toBeGreaterThanOrEqual(14);
	});

	it('employment uses counts and ignores top codes', () => {
		const emp = series('29-2072', 'MRS', [NOT_IN, 180570, 185690, 187910, TOP]);
		const l = layoutTrend([emp], 'employment', 'annual', 640, TOP_CODES);
		expect(l.lines[0].marks[4].y).toBeNull();
		expect(l.yTicks.some((t) => t.label.includes(','))).toBe(true);
	});
});

describe('layoutTrend on a phone', () => {
	// The career page's trend at 375 px: the chart is about 311 px wide; six releases May 2019 to May 2025.
	const long = [
		series('11-9111', 'Medical and Health Services Managers', [100980, 104280, 101340, 110680, 117960]),
		series('29-2072', 'Medical Records Specialists', [NOT_IN, 46660, 48780, 50250, 51140]),
		series('29-2071', 'Health Information Technologists and Medical Registrars', [NOT_IN, 55560, 62990, 67310, 68020])
	];
	it('names every line in full, over up to three lines', () => {
		const l = layoutTrend(long, 'median', 'annual', 311, TOP_CODES);
		for (const line of l.lines) expect(line.end!.lines.join(' ')).toBe(line.label);
		for (const line of l.lines) for (const text of line.end!.lines) expect(line.end!.x + text.length * 6.8).toBeLessThanOrEqual(311 + 1);
	});
	it('year ticks never touch: the latest stays, the one before it gives way', () => {
		const l = layoutTrend(long, 'median', 'annual', 311, TOP_CODES);
		const xs = l.xTicks.map((t) => t.x);
		for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(36);
		expect(l.xTicks.at(-1)!.label).toBe(String(YEARS.at(-1)));
	});
	it('gap markers a year apart: each drawn, only the first labelled when the labels would touch', () => {
		const gaps = [series('29-2072', 'MRS', [NOT_IN, NOT_IN, 48780, 50250, 51140]), series('29-1071', 'PA', [1, 2, 3, 4, 5])];
		gaps[0].points[0].note = HYBRID_2020_NOTE;
		gaps[0].points[1].note = HYBRID_2020_NOTE;
		const narrow = layoutTrend(gaps, 'median', 'annual', 311, TOP_CODES).gaps;
		expect(narrow).toHaveLength(2);
		const labelled = narrow.filter((g) => g.labelled);
		for (let i = 1; i < labelled.length; i++) expect(labelled[i].x - labelled[i - 1].x).toBeGreaterThanOrEqual(30);
		expect(layoutTrend(gaps, 'median', 'annual', 1200, TOP_CODES).gaps.every((g) => g.labelled)).toBe(true);
	});
});

describe('spreadLabels', () => {
	it.each([
		[[10, 12, 14], 14, 0, 100, [10, 24, 38]],
		[[98, 99, 100], 14, 0, 100, [72, 86, 100]],
		[[50, 10], 14, 0, 100, [50, 10]],
		[[-5], 14, 0, 100, [0]],
		[[], 14, 0, 100, []]
	])('%j gap %i in [%i, %i] → %j', (ys, gap, min, max, want) => {
		expect(spreadLabels(ys, gap, min, max)).toEqual(want);
	});
});

describe('layoutTrend time axis', () => {
	it('spaces releases by time: the missing May 2022 makes 2021→2023 twice as wide as 2023→2024', () => {
		const [line] = layoutTrend([pa], 'median', 'annual', 800, TOP_CODES).lines;
		const x = line.marks.map((m) => m.x);
		expect(x[2] - x[1]).toBeCloseTo(2 * (x[3] - x[2]), 5);
		expect(x[1] - x[0]).toBeCloseTo(x[3] - x[2], 5);
	});
});
