import { describe, expect, it } from 'vitest';
import { fitLabel, layoutPayRange, payRangeRowsFrom, type PayRangeRow } from '../../../src/lib/charts/layoutPayRange';
import type { Figure } from '../../../src/lib/data/schema';

const TOP: Figure = { missing: 'topCoded' };
const NA: Figure = { missing: 'notAvailable' };
const row = (soc: string, p10: Figure, p25: Figure, median: Figure, p75: Figure, p90: Figure, emphasis = false): PayRangeRow => ({
	soc, label: `Career ${soc}`, p10, p25, median, p75, p90, emphasis
});
const coder = row('29-2072', 35080, 39620, 48780, 61960, 77810, true);
const crna = row('29-1151', 139980, 180840, 212650, TOP, TOP);
const noPay = row('29-9999', NA, NA, NA, NA, NA);

const numbers = (value: unknown): number[] =>
	typeof value === 'number' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(numbers) : [];

describe('layoutPayRange', () => {
	it.each([320, 375, 640, 1200])('keeps every mark inside a %i px wide chart, with no NaN', (width) => {
		const layout = layoutPayRange([coder, crna, noPay], 'annual', width, 239200);
		for (const n of numbers(layout)) expect(Number.isFinite(n)).toBe(true);
		for (const b of layout.bars) for (const x of [b.whisker?.x1, b.whisker?.x2, b.box?.x1, b.box?.x2, b.median?.x].filter((v) => v !== undefined))
			expect(x!).toBeGreaterThanOrEqual(0), expect(x!).toBeLessThanOrEqual(width);
	});

	it('places whisker, box and median in wage order', () => {
		const [bar] = layoutPayRange([coder], 'annual', 640, 239200).bars;
		expect(bar.whisker!.x1).toBeLessThan(bar.box!.x1);
		expect(bar.box!.x1).toBeLessThan(bar.median!.x);
		expect(bar.median!.x).toBeLessThan(bar.box!.x2);
		expect(bar.box!.x2).toBeLessThan(bar.whisker!.x2);
		expect(bar.whisker!.open).toBe(false);
	});

	it('draws a top-coded p75/p90 open at the threshold, never beyond it', () => {
		const layout = layoutPayRange([crna], 'annual', 640, 239200);
		const [bar] = layout.bars;
		expect(bar.whisker).toMatchObject({ open: true });
		expect(bar.box).toMatchObject({ open: true });
		expect(bar.whisker!.x2).toBe(bar.box!.x2);
	});

	it('draws nothing for unpublished figures and says why', () => {
		const [bar] = layoutPayRange([noPay], 'annual', 640, 239200).bars;
		expect([bar.whisker, bar.box, bar.median]).toEqual([null, null, null]);
		expect(bar.missing).toBe('notAvailable');
	});

	it('a top-coded point without a threshold (a release that publishes none) is not drawn', () => {
		const [bar] = layoutPayRange([crna], 'annual', 640, NA).bars;
		expect(bar.whisker).toBeNull();
		expect(bar.median).not.toBeNull();
	});

	it('places the salary marker on the same scale', () => {
		const layout = layoutPayRange([coder], 'annual', 640, 239200, { value: 48780, label: 'You' });
		expect(layout.marker!.x).toBeCloseTo(layout.bars[0].median!.x);
	});

	it('gives each row its own band and the axis below the last', () => {
		const layout = layoutPayRange([coder, crna], 'annual', 320, 239200, undefined, () => 'median $48,780');
		expect(layout.bars[1].labelY).toBeGreaterThan(layout.bars[0].barY);
		expect(layout.axisY).toBeGreaterThan(layout.bars[1].barY);
	});
});

describe('fitLabel', () => {
	it.each([
		['Medical Dosimetrists', 'median $147,470', 640, ['Medical Dosimetrists — median $147,470']],
		['Medical Dosimetrists', 'median $147,470', 250, ['Medical Dosimetrists', 'median $147,470']],
		// A long name wraps at spaces rather than losing its noun to an ellipsis.
		['Health Information Technologists and Medical Registrars', 'median $68,020', 300, ['Health Information Technologists and', 'Medical Registrars', 'median $68,020']],
		['of which: General Medical and Surgical Hospitals', 'median $57,270 · 48,320 jobs', 335, ['of which: General Medical and Surgical', 'Hospitals', 'median $57,270 · 48,320 jobs']],
		// Past three lines the last one is cut.
		['Alpha Beta Gamma Delta Epsilon Zeta Eta Theta', 'v', 101, ['Alpha Beta', 'Gamma Delta', 'Epsilon Ze…', 'v']],
		// A single word longer than the line is cut, never drawn past the edge.
		['Otorhinolaryngologists', 'v', 101, ['Otorhinola…', 'v']]
	])('%s / %s at %s px', (name, value, width, lines) => expect(fitLabel(name, value, width as number)).toEqual(lines));

	// 54 characters: 420 px less the margins holds 56 at 7 px a character, but 50 at bold's 7.9.
	it.each([
		[false, ['Medical and Health Services Managers — median $123,860']],
		[true, ['Medical and Health Services Managers', 'median $123,860']]
	])('a label in bold (%s) at 420 px', (bold, lines) => expect(fitLabel('Medical and Health Services Managers', 'median $123,860', 420, bold)).toEqual(lines));
});

describe('payRangeRowsFrom', () => {
	it('titles rows from the career list and marks emphasis', () => {
		const rows = payRangeRowsFrom([{ soc: '29-2072', title: 'BLS title', p10: 1, p25: 2, median: 3, p75: 4, p90: 5 }], () => 'Coders', (s) => s === '29-2072');
		expect(rows[0]).toMatchObject({ label: 'Coders', emphasis: true, median: 3 });
	});
});

describe('layoutPayRange: the mean with its 95% interval', () => {
	it.each<[string, Figure | undefined, Figure | undefined, boolean]>([
		['mean and RSE published', 60000, 2, true],
		['no RSE', 60000, { missing: 'notAvailable' }, false],
		['mean not published', { missing: 'notAvailable' }, 2, false],
		['neither given', undefined, undefined, false]
	])('%s', (_, mean, meanRse, drawn) => {
		const r = { ...row('29-2072', 30000, 40000, 50000, 60000, 70000), mean, meanRse };
		const bar = layoutPayRange([r], 'annual', 600, { missing: 'notAvailable' }).bars[0];
		expect(bar.mean !== null).toBe(drawn);
		if (bar.mean) {
			expect(bar.mean.x1).toBeLessThan(bar.mean.x);
			expect(bar.mean.x2).toBeGreaterThan(bar.mean.x);
			// ±1.96 × 2% of 60,000 = ±2,352, symmetric around the mean.
			expect(bar.mean.x - bar.mean.x1).toBeCloseTo(bar.mean.x2 - bar.mean.x, 6);
		}
	});
});
