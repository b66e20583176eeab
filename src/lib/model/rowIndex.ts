/**
 * Lookups by key over the dataset's read-only row arrays, built once per array on first use and kept
 * while the array lives (the dataset's arrays are never changed once built): a view asks for a career's rows by (SOC, source) instead of scanning every row.
 */
const indexes = new WeakMap<readonly object[], Map<string, Map<string, object[]>>>();

/** The rows of `rows` whose `keyOf` is `key`, in the order they came; an index per (array, key name) is built once. */
export function rowsWhere<T extends object>(rows: readonly T[], name: string, keyOf: (r: T) => string, key: string): readonly T[] {
	let byName = indexes.get(rows);
	if (!byName) indexes.set(rows, (byName = new Map()));
	let index = byName.get(name) as Map<string, T[]> | undefined;
	if (!index) {
		index = new Map();
		for (const r of rows) {
			const k = keyOf(r);
			const list = index.get(k);
			if (list) list.push(r);
			else index.set(k, [r]);
		}
		byName.set(name, index);
	}
	return index.get(key) ?? [];
}

/** Rows of one SOC code and one source: wages by (SOC, release), industry and state rows by (SOC, file). */
export const rowsOfSocAndSource = <T extends { soc: string; sourceId: string }>(rows: readonly T[], soc: string, sourceId: string): readonly T[] =>
	rowsWhere(rows, 'soc|source', (r) => `${r.soc}|${r.sourceId}`, `${soc}|${sourceId}`);

/** Rows of one source (a release, a file): whether it is loaded, what an imported release holds. */
export const rowsOfSource = <T extends { sourceId: string }>(rows: readonly T[], sourceId: string): readonly T[] =>
	rowsWhere(rows, 'source', (r) => r.sourceId, sourceId);

/** Rows of one SOC code, any source (projections by SOC; a career's rows across releases). */
export const rowsOfSoc = <T extends { soc: string }>(rows: readonly T[], soc: string): readonly T[] => rowsWhere(rows, 'soc', (r) => r.soc, soc);

/** Survey figures of one breakdown ("credential", "experience", "work_arrangement"), in the order they came. */
export const surveysOfDimension = <T extends { dimension: string }>(surveys: readonly T[], dimension: string): readonly T[] =>
	rowsWhere(surveys, 'dimension', (s) => s.dimension, dimension);
