import type { RowImporter } from './importText';

/** A footnote line as BLS writes it under a table: text in the first cell, every other cell empty. */
export function isNoteRow(cells: readonly string[]): boolean {
	const first = cells[0]?.trim() ?? '';
	if (!/[A-Za-z]/.test(first)) return false;
	for (let i = 1; i < cells.length; i++) if (cells[i].trim() !== '') return false;
	return true;
}

/**
 * Holds note-like rows after the header until a data row follows: notes at the end of a file (BLS
 * footnotes, "Source:" lines) are not data rows and are neither read nor rejected; a note-like row
 * with data after it is handed on as an ordinary row, so it is reported where it is.
 */
export function withTrailingNotes<T>(inner: RowImporter<T>): RowImporter<T> {
	let columns = 0;
	const held: [string[], number][] = [];
	return {
		row(cells, line) {
			if (columns === 0) {
				columns = cells.length;
				return inner.row(cells, line);
			}
			// A header of one column means the delimiter was not found: then every row looks like a note and is not one.
			if (columns > 1 && isNoteRow(cells)) return void held.push([cells, line]);
			for (const [c, l] of held.splice(0)) inner.row(c, l);
			inner.row(cells, line);
		},
		finish: () => inner.finish()
	};
}
