import { untrack } from 'svelte';

/** Whether two plain data values (numbers, strings, arrays, plain objects, null) hold the same data. */
export function sameData(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
	// Arrays by length and then item by item: a long list of rows that differs is told apart without listing its keys.
	if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameData(x, (b as unknown[])[i]));
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	return ka.length === kb.length && ka.every((k) => k in b && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * A state object read field by field: each field is a derived value of its own that keeps its previous value while
 * the data in it is the same. A state parsed anew on every change then re-runs only what reads a field that changed
 * (a sort leaves the columns, the filters and every control reading them as they are; every release arriving on
 * /compare leaves every chart but the trend). The fields are those of the first value read: a view's shape is fixed.
 */
export function stableFields<T extends object>(read: () => T): T {
	const fields = {} as T;
	for (const key of Object.keys(untrack(read)) as (keyof T)[]) {
		let last: T[keyof T] | undefined;
		const value = $derived.by(() => {
			const next = read()[key];
			if (last === undefined || !sameData(last, next)) last = next;
			return last;
		});
		Object.defineProperty(fields, key, { get: () => value, enumerable: true });
	}
	return fields;
}
