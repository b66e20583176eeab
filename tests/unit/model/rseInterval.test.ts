import { describe, expect, it } from 'vitest';
import { rseInterval } from '../../../src/lib/model/rseInterval';

describe('rseInterval', () => {
	it.each([
		[1000, 1, { low: 980.4, high: 1019.6 }],
		[194720, 0.5, { low: 194720 - 1908.256, high: 194720 + 1908.256 }],
		[50000, 0, { low: 50000, high: 50000 }]
	])('%d ± 1.96 × %d%%', (value, rse, expected) => {
		const r = rseInterval(value, rse)!;
		expect(r.low).toBeCloseTo(expected.low, 6);
		expect(r.high).toBeCloseTo(expected.high, 6);
	});

	it.each([
		[{ missing: 'notAvailable' as const }, 1],
		[1000, { missing: 'notAvailable' as const }],
		[{ missing: 'topCoded' as const }, 1]
	])('no interval without both numbers: %j, %j', (value, rse) => expect(rseInterval(value, rse)).toBeNull());
});
