import { nice as niceExtent, ticks as arrayTicks } from 'd3-array';

/**
 * Position scales for the charts: a number in the domain to a pixel in the range, straight or by square root, with
 * D3's own tick and "nice" arithmetic (d3-array). d3-scale's continuous scales would do the same mapping but bring
 * d3-interpolate and d3-color with them, for colour interpolation no chart here uses: 6.5 KB gzip on the home page,
 * whose first-load budget is 75 KB (docs/performance.md). The mapping is D3's: t = (x − d0) / (d1 − d0), then
 * r0 × (1 − t) + r1 × t, and the range middle for a domain of one value.
 */
export interface Scale {
	(value: number): number;
	/** The domain after rounding out to nice values, when asked for. */
	readonly domain: readonly [number, number];
	readonly range: readonly [number, number];
	/** Round values inside the domain, about `count` of them (d3-array `ticks`). */
	ticks(count?: number): number[];
}

export interface ScaleOptions {
	/** Extend the domain to round values: true for D3's default of about ten ticks, or a tick count. */
	nice?: boolean | number;
}

function makeScale(
	[d0, d1]: readonly [number, number],
	range: readonly [number, number],
	transform: (x: number) => number,
	{ nice }: ScaleOptions
): Scale {
	const domain: [number, number] = nice ? niceExtent(d0, d1, nice === true ? 10 : nice) : [d0, d1];
	const [r0, r1] = range;
	const t0 = transform(domain[0]);
	const span = transform(domain[1]) - t0;
	const scale = (value: number) => {
		const t = span ? (transform(value) - t0) / span : 0.5;
		return r0 * (1 - t) + r1 * t;
	};
	return Object.assign(scale, { domain, range, ticks: (count = 10) => arrayTicks(domain[0], domain[1], count) });
}

const identity = (x: number) => x;
const signedSqrt = (x: number) => (x < 0 ? -Math.sqrt(-x) : Math.sqrt(x));

export const linearScale = (domain: readonly [number, number], range: readonly [number, number], options: ScaleOptions = {}) =>
	makeScale(domain, range, identity, options);

/** Area-true sizes: a value four times as large gets twice the radius. */
export const sqrtScale = (domain: readonly [number, number], range: readonly [number, number], options: ScaleOptions = {}) =>
	makeScale(domain, range, signedSqrt, options);
