/**
 * A 32-bit FNV-1a hash of a row's cells, cell boundaries included, so a repeated row can be told from a
 * different one without keeping every row's text. It is compared only between rows with the same key,
 * so a false "same" needs a 1-in-4-billion collision between two rows that are already duplicates.
 */
export function hashCells(cells: readonly string[]): number {
	let h = 0x811c9dc5;
	for (let j = 0; j < cells.length; j++) {
		const s = cells[j];
		for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
		// 0x10001 is no UTF-16 code unit, so ["ab"] and ["a", "b"] differ.
		h = Math.imul(h ^ 0x10001, 16777619);
	}
	return h >>> 0;
}
