import { describe, expect, it } from 'vitest';
import { sameData, stableFields } from '../../../src/lib/state/stableFields.svelte';

describe('sameData', () => {
	it.each([
		['equal strings', 'a', 'a', true],
		['different strings', 'a', 'b', false],
		['NaN and NaN', Number.NaN, Number.NaN, true],
		['0 and -0', 0, -0, false],
		['null and null', null, null, true],
		['null and an object', null, {}, false],
		['arrays of the same items', ['a', 'b'], ['a', 'b'], true],
		['arrays in another order', ['a', 'b'], ['b', 'a'], false],
		['an array and a shorter one', ['a', 'b'], ['a'], false],
		['rows, the last one different', [{ soc: '29-2072', median: 1 }, { soc: '29-2033', median: 2 }], [{ soc: '29-2072', median: 1 }, { soc: '29-2033', median: 3 }], false],
		['rows with the same data', [{ soc: '29-2072', median: 1 }], [{ soc: '29-2072', median: 1 }], true],
		['an array and an object with its keys', ['a'], { 0: 'a' }, false],
		['nested objects with the same data', { q: { text: 'x', ranges: { median: { min: 1, max: null } } } }, { q: { text: 'x', ranges: { median: { min: 1, max: null } } } }, true],
		['nested objects, one bound different', { ranges: { median: { min: 1, max: null } } }, { ranges: { median: { min: 2, max: null } } }, false],
		['an object with an extra key', { a: 1 }, { a: 1, b: undefined }, false],
		['a number and its string', 1, '1', false]
	])('%s', (_, a, b, same) => {
		expect(sameData(a, b)).toBe(same);
		expect(sameData(b, a)).toBe(same);
	});
});

describe('stableFields', () => {
	it('reads every field of the first value, each as it is', () => {
		const view = { filters: { careers: ['29-2072'] }, titleOf: (soc: string) => soc, history: null, rows: [{ soc: '29-2072', median: 51140 }] };
		const fields = stableFields(() => view);
		expect(Object.keys(fields)).toEqual(Object.keys(view));
		for (const key of Object.keys(view) as (keyof typeof view)[]) expect(fields[key]).toBe(view[key]);
	});
});
