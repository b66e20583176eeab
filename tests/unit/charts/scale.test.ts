import { scaleLinear, scaleSqrt } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linearScale, sqrtScale, type ScaleOptions } from '../../../src/lib/charts/scale';

/** d3-scale is the reference: the chart scales must place, round out and tick exactly as it does. */
const cases: { name: string; domain: [number, number]; range: [number, number]; options: ScaleOptions }[] = [
	{ name: 'wages to a plot, nice', domain: [0, 239_200], range: [150, 1_230], options: { nice: true } },
	{ name: 'growth with a decline, nice', domain: [-4.3, 18.7], range: [400, 20], options: { nice: true } },
	{ name: 'payback years, nice to 5 ticks', domain: [-61_000, 1_480_000], range: [260, 30], options: { nice: 5 } },
	{ name: 'percentiles, not rounded', domain: [0, 100], range: [12, 340], options: {} },
	{ name: 'release years', domain: [2019, 2024], range: [52, 920], options: {} },
	{ name: 'a domain of one value', domain: [0, 0], range: [10, 90], options: {} },
	{ name: 'a tiny domain, nice', domain: [0, 1e-9], range: [0, 20], options: { nice: true } },
	{ name: 'hourly pay, nice', domain: [0, 61.37], range: [96, 335], options: { nice: true } }
];
const probes = (domain: [number, number]) => [domain[0], domain[1], (domain[0] + domain[1]) / 2, domain[0] - 7, domain[1] * 1.3, 0];

describe('linearScale', () => {
	it.each(cases)('$name: same domain, positions and ticks as d3 scaleLinear', ({ domain, range, options }) => {
		const ours = linearScale(domain, range, options);
		let theirs = scaleLinear().domain(domain).range(range);
		if (options.nice) theirs = options.nice === true ? theirs.nice() : theirs.nice(options.nice);
		expect(ours.domain).toEqual(theirs.domain());
		for (const v of probes(domain)) expect(ours(v)).toBe(theirs(v));
		for (const count of [undefined, 3, 6, 10]) expect(ours.ticks(count)).toEqual(theirs.ticks(count));
		expect(ours.range).toEqual(range);
	});
});

describe('sqrtScale', () => {
	it.each([
		{ domain: [0, 24_800] as [number, number], range: [2.5, 20] as [number, number] },
		{ domain: [0, 1e-9] as [number, number], range: [0, 18] as [number, number] },
		{ domain: [0, 1] as [number, number], range: [2.5, 12] as [number, number] }
	])('radius for $domain: as d3 scaleSqrt', ({ domain, range }) => {
		const ours = sqrtScale(domain, range);
		const theirs = scaleSqrt().domain(domain).range(range);
		for (const v of [0, domain[1] / 4, domain[1], domain[1] * 2]) expect(ours(v)).toBeCloseTo(theirs(v), 12);
	});

	it('keeps area true: four times the value, twice the radius', () => {
		const r = sqrtScale([0, 400], [0, 20]);
		expect(r(400) / r(100)).toBe(2);
	});
});
