import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor } from '../../../scripts/bench/cpuSlowdown';

describe('cpuSlowdownFor', () => {
	it.each([
		[2400, 4, 'high-end desktop'],
		[1500, 4, 'high-end desktop'],
		[1499, 2, 'low-end desktop'],
		[1081, 2, 'low-end desktop'],
		[1000, 2, 'low-end desktop'],
		[999, 2, 'high-end mobile'],
		[800, 2, 'high-end mobile'],
		[799, 1, 'mid-tier mobile'],
		[125, 1, 'mid-tier mobile'],
		[124, 1, 'low-end mobile'],
		[0, 1, 'low-end mobile'],
		[-5, 1, 'low-end mobile'],
		[Number.NaN, 1, 'low-end mobile']
	])('benchmarkIndex %d → %d× (%s)', (index, multiplier, hostClass) => expect(cpuSlowdownFor(index)).toEqual({ multiplier, hostClass }));
});
