import { format } from 'd3-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/lib/data/schema';
import { basisUnit, fixed, formatAxisCount, formatAxisWage, formatChange, formatCount, formatPercent, formatPeriod, formatRatio, formatThousands, formatWage } from '../../src/lib/format';

const TOP: Figure = { missing: 'topCoded' };
const NA: Figure = { missing: 'notAvailable' };
const FEW: Figure = { missing: 'fewEstablishments' };
const GAP: Figure = { missing: 'notInRelease' };
const UNIT: Figure = { missing: 'notReleased' };

// Figures are literals from the published tables: OEWS May 2024 national, 29-2072 (median $50,250 a year,
// $24.16 an hour, employment 187,910), the May 2023+ top code $239,200 / $115.00, Projections 2024–34.
describe('formatWage', () => {
	it.each<[Figure, 'annual' | 'hourly', Figure | undefined, string]>([
		[50250, 'annual', undefined, '$50,250'],
		[24.16, 'hourly', undefined, '$24.16'],
		[16, 'hourly', undefined, '$16.00'],
		[48780.4, 'annual', undefined, '$48,780'],
		[TOP, 'annual', 239200, '≥ $239,200'],
		[TOP, 'hourly', 115, '≥ $115.00'],
		[TOP, 'annual', undefined, 'top-coded (very high)'],
		[TOP, 'annual', NA, 'top-coded (very high)'],
		[UNIT, 'hourly', undefined, 'hourly wage not released'],
		[UNIT, 'annual', undefined, 'annual wage not released'],
		[NA, 'annual', undefined, 'not published'],
		[FEW, 'hourly', undefined, 'too few establishments to publish'],
		[GAP, 'annual', undefined, 'not in this release']
	])('%j %s (top code %j) → %s', (f, basis, top, expected) => expect(formatWage(f, basis, top)).toBe(expected));

	it('never writes the top-code threshold as a plain wage', () => expect(formatWage(TOP, 'annual', 239200)).not.toBe('$239,200'));
});

describe('the other formats', () => {
	it.each<[string, string, string]>([
		['formatAxisWage annual', formatAxisWage(50000, 'annual'), '$50k'],
		['formatAxisWage annual small', formatAxisWage(800, 'annual'), '$800'],
		['formatAxisWage hourly', formatAxisWage(24, 'hourly'), '$24'],
		['formatAxisCount thousands', formatAxisCount(122640), '123k'],
		['formatAxisCount small', formatAxisCount(950), '950'],
		['formatAxisCount zero', formatAxisCount(0), '0'],
		['formatCount', formatCount(187910), '187,910'],
		['formatCount marker', formatCount(NA), 'not published'],
		['formatThousands', formatThousands(194.8), '194,800'],
		['formatThousands marker', formatThousands(NA), 'not published'],
		['formatChange up', formatChange(7.1), '+7.1%'],
		['formatChange down', formatChange(-5.4), '−5.4%'],
		['formatChange zero', formatChange(0), '+0.0%'],
		['formatChange marker', formatChange(GAP), 'not in this release'],
		['formatPercent', formatPercent(7.1), '7.1%'],
		['formatPercent marker', formatPercent(FEW), 'too few establishments to publish'],
		['formatRatio', formatRatio(1.27), '1.27×'],
		['formatRatio rounds', formatRatio(0.98765), '0.99×'],
		['formatRatio marker', formatRatio(NA), 'not published'],
		['basisUnit annual', basisUnit('annual'), 'per year'],
		['basisUnit hourly', basisUnit('hourly'), 'per hour']
	])('%s → %s', (_name, actual, expected) => expect(actual).toBe(expected));

	it('no format writes NaN or undefined', () => {
		const all = [formatCount, formatThousands, formatChange, formatPercent, formatRatio].flatMap((f) => [NA, TOP, FEW, GAP, UNIT, 0, 1.5].map((v) => f(v)));
		for (const text of all) expect(text).not.toMatch(/NaN|undefined/);
	});
});

describe('formatPeriod', () => {
	it.each([
		[2024, 2034, '2024–34'],
		[2023, 2033, '2023–33'],
		[1999, 2009, '1999–09']
	])('%i, %i → %s', (base, target, text) => expect(formatPeriod(base, target)).toBe(text));
});

// d3-format is the reference: the same specifiers give the same text for any value a table holds.
describe('fixed matches d3-format', () => {
	const pairs: [string, (v: number) => string][] = [
		['$,.0f', fixed(0, { prefix: '$', group: true })],
		['$,.2f', fixed(2, { prefix: '$', group: true })],
		[',.0f', fixed(0, { group: true })],
		[',.1f', fixed(1, { group: true })],
		['+.1f', fixed(1, { sign: true })],
		['.0f', fixed(0)],
		['.2f', fixed(2)],
		['.3f', fixed(3)],
		['.4f', fixed(4)]
	];
	const edges = [0, -0, 0.5, 1.5, 2.5, -2.5, 0.125, 1.005, 2.675, 0.04, -0.04, -0.05, 0.049999, 999.995, 1234.5, 239200, 115, 24.155, 1e7 + 0.5, -61000.25, 123456789.987];
	it.each(pairs)('%s on edge values', (spec, ours) => {
		for (const v of edges) expect(ours(v), `${spec} of ${v}`).toBe(format(spec)(v));
	});
	it.each(pairs)('%s on any value', (spec, ours) => {
		const values = fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000));
		fc.assert(fc.property(values, (v) => ours(v) === format(spec)(v)), { numRuns: 2000 });
	});
});
