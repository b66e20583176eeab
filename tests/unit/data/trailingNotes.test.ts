import { describe, expect, it } from 'vitest';
import { isNoteRow, withTrailingNotes } from '../../../src/lib/data/trailingNotes';

describe('isNoteRow', () => {
	it.each<[string[], boolean]>([
		[['Footnotes:', '', ''], true],
		[['(1) Estimates for detailed occupations do not sum to the totals.'], true],
		[['Source: Bureau of Labor Statistics'], true],
		[['', '', ''], false],
		[['99', '', ''], false],
		[['99', 'U.S.', ''], false],
		[['Note', 'x'], false]
	])('%j → %s', (cells, expected) => expect(isNoteRow(cells)).toBe(expected));
});

describe('withTrailingNotes', () => {
	const run = (rows: string[][]) => {
		const seen: number[] = [];
		const importer = withTrailingNotes({ row: (_c, line) => void seen.push(line), finish: () => ({ rows: seen, problems: [], read: 0, rejected: 0 }) });
		rows.forEach((cells, i) => importer.row(cells, i + 1));
		return importer.finish().rows;
	};
	it.each<[string, string[][], number[]]>([
		['notes at the end are not handed on', [['A', 'B'], ['1', '2'], ['Footnotes:', ''], ['(1) a note', '']], [1, 2]],
		['a note-like row with data after it is a row', [['A', 'B'], ['x', ''], ['1', '2']], [1, 2, 3]],
		['a one-column header (delimiter not found) holds nothing back', [['A|B'], ['x|1'], ['y|2']], [1, 2, 3]]
	])('%s', (_name, rows, lines) => expect(run(rows)).toEqual(lines));
});
