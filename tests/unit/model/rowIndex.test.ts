import { describe, expect, it } from 'vitest';
import { rowsOfSoc, rowsOfSocAndSource, rowsWhere, surveysOfDimension } from '../../../src/lib/model/rowIndex';

const rows = [
	{ soc: '29-2072', sourceId: 'a', n: 1 },
	{ soc: '29-2072', sourceId: 'b', n: 2 },
	{ soc: '29-1071', sourceId: 'a', n: 3 },
	{ soc: '29-2072', sourceId: 'a', n: 4 }
];

describe('row index', () => {
	it.each([
		['29-2072', 'a', [1, 4]],
		['29-2072', 'b', [2]],
		['29-1071', 'a', [3]],
		['29-1071', 'b', []],
		['29-207', 'a', []]
	])('%s in %s → rows %j, in the order they came', (soc, source, ns) => expect(rowsOfSocAndSource(rows, soc, source).map((r) => r.n)).toEqual(ns));

	it.each([
		['29-2072', [1, 2, 4]],
		['29-1071', [3]],
		[' 29-1071', []]
	])('%s → rows %j', (soc, ns) => expect(rowsOfSoc(rows, soc).map((r) => r.n)).toEqual(ns));

	it('builds each index once per array, and another array gets its own', () => {
		let calls = 0;
		const key = (r: { sourceId: string }) => (calls++, r.sourceId);
		rowsWhere(rows, 'counted', key, 'a');
		rowsWhere(rows, 'counted', key, 'b');
		expect(calls).toBe(rows.length);
		const other = rows.slice(0, 1);
		expect(rowsWhere(other, 'counted', key, 'b')).toEqual([]);
		expect(calls).toBe(rows.length + 1);
	});
});

describe('surveysOfDimension', () => {
	const surveys = [
		{ dimension: 'credential', category: 'CPC' },
		{ dimension: 'experience', category: '1-2 years' },
		{ dimension: 'credential', category: 'CRC' },
		{ dimension: 'work_arrangement', category: 'Remote' }
	];
	it.each([
		['credential', ['CPC', 'CRC']],
		['experience', ['1-2 years']],
		['work_arrangement', ['Remote']],
		['Credential', []],
		['', []]
	])('%j → %j, in the order they came', (dimension, categories) => expect(surveysOfDimension(surveys, dimension).map((s) => s.category)).toEqual(categories));

	it('reads the same rows as a scan, from one index per array', () => {
		for (const d of ['credential', 'experience']) expect(surveysOfDimension(surveys, d)).toEqual(surveys.filter((s) => s.dimension === d));
		expect(surveysOfDimension(surveys, 'credential')).toBe(surveysOfDimension(surveys, 'credential'));
	});
});
