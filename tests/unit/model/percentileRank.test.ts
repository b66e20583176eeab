import { describe, expect, it } from 'vitest';
import { percentileRank, percentileRanks } from '../../../src/lib/model/percentileRank';

describe('percentileRank', () => {
	it.each<[string, number[], number, number | null]>([
		['the middle of five', [1, 2, 3, 4, 5], 3, 50],
		['the lowest of five', [1, 2, 3, 4, 5], 1, 10],
		['the highest of five', [1, 2, 3, 4, 5], 5, 90],
		['ties count as half', [1, 2, 2, 2, 5], 2, 50],
		['all equal', [0.3, 0.3, 0.3], 0.3, 50],
		['a lone value', [0.618], 0.618, 50],
		['a value not in the list', [1, 2, 3, 4], 2.5, 50],
		['above every value', [1, 2], 9, 100],
		['non-finite values are left out', [1, NaN, 3, Infinity], 3, 75],
		['an empty list', [], 1, null],
		['a non-finite value', [1, 2], NaN, null]
	])('%s', (_n, all, value, expected) => expect(percentileRank(all, value)).toBe(expected));
});

describe('percentileRanks', () => {
	it('ranks every value among all, rounded to one decimal', () => {
		expect(percentileRanks([0.1, 0.2, 0.3])).toEqual([16.7, 50, 83.3]);
		expect(percentileRanks([])).toEqual([]);
	});
});
