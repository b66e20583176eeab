import { beforeEach, describe, expect, it } from 'vitest';
import { csvRowReader } from '../../../src/lib/data/csvRowReader';
import { MAX_ROW_CHARS, readCsvChunks } from '../../../src/lib/data/readCsvChunks';
import { readRows } from '../../../src/lib/data/readRows';

// One table for both readers: the hand-written one the imports use and the papaparse-based one it is measured against.
const READERS = [
	['readCsvChunks', readCsvChunks],
	['csvRowReader (papaparse)', csvRowReader]
] as const;
let makeReader: (typeof READERS)[number][1] = readCsvChunks;

/** Reads a text in pieces cut at the given positions. */
function inPieces(text: string, cuts: number[]) {
	const rows: [number, string[]][] = [];
	const reader = makeReader('f.csv', (cells, line) => rows.push([line, cells]));
	let at = 0;
	for (const cut of [...cuts, text.length]) {
		reader.push(text.slice(at, cut));
		at = cut;
	}
	const { problems, delimiter } = reader.end();
	return { rows, problems: problems.map((p) => [p.kind, p.line]), delimiter };
}

const whole = (text: string) => inPieces(text, []);

const TEXTS: [string, string][] = [
	['LF', 'a,b\n1,2\n3,4\n'],
	['CRLF', 'a,b\r\n1,2\r\n3,"x"\r\n'],
	['CR only (old Mac)', 'a;b\r1;2\r3;4'],
	['BOM and semicolons', '\uFEFFa;b\n1;"2,5"\n'],
	['quoted line breaks', 'a,b\n1,"x\ny"\n2,"p\r\nq\r\nr"\n3,4\n'],
	['escaped quotes', 'a,b\n"he said ""hi""",2\n"""",3\n'],
	['blank lines and no final newline', 'a,b\n\n1,2\n\n\n3,4'],
	['spaces after a closing quote', 'a,b\n"x"  ,2\n"y" \n'],
	['empty last cell', 'a,b\n1,\n2,'],
	['tabs', 'a\tb\tc\n1\t2\t3\n'],
	['unterminated quote', 'a,b\n1,2\n3,"never closed\n4,5\n'],
	['stray quote in a quoted field', 'a,b\n"ab"c",1\n2,3\n']
];

describe.each(READERS)('%s', (_name, reader) => {
	beforeEach(() => void (makeReader = reader));

	it.each(TEXTS)('%s: every cut gives the rows, lines and problems of the whole text', (_name, text) => {
		const expected = whole(text);
		for (let cut = 0; cut <= text.length; cut++) expect(inPieces(text, [cut]), `cut at ${cut}`).toEqual(expected);
		const ones = Array.from({ length: text.length }, (_, i) => i + 1);
		expect(inPieces(text, ones), 'one character at a time').toEqual(expected);
	});

	it.each<[string, string, [number, string[]][]]>([
		['CRLF', 'a,b\r\n1,2\r\n', [[1, ['a', 'b']], [2, ['1', '2']]]],
		['CR only', 'a;b\r1;2\r3;4', [[1, ['a', 'b']], [2, ['1', '2']], [3, ['3', '4']]]],
		['quoted CRLF counts one line', 'a,b\n2,"p\r\nq\r\nr"\n3,4\n', [[1, ['a', 'b']], [2, ['2', 'p\r\nq\r\nr']], [5, ['3', '4']]]],
		['escaped quotes', 'a,b\n"he said ""hi""",2\n', [[1, ['a', 'b']], [2, ['he said "hi"', '2']]]],
		['spaces after a closing quote', 'a,b\n"x"  ,2\n', [[1, ['a', 'b']], [2, ['x', '2']]]],
		['empty last cell at the end', 'a,b\n1,', [[1, ['a', 'b']], [2, ['1', '']]]]
	])('%s', (_name, text, rows) => expect(whole(text).rows).toEqual(rows));

	it('reports a malformed quote on the row it starts', () => {
		expect(whole('a,b\n"ab"c",1\n2,3\n').problems).toEqual([['quote', 2]]);
	});

	it('gives up on a quote still open after MAX_ROW_CHARS, and reads no further', () => {
		const rows: number[] = [];
		const r = reader('f.csv', (_c, line) => rows.push(line));
		r.push('a,b\n1,2\n3,"open\n');
		const piece = 'x'.repeat(1 << 20);
		for (let sent = 0; sent <= MAX_ROW_CHARS; sent += piece.length) r.push(piece);
		r.push('"\n4,5\n');
		const { problems } = r.end();
		expect(rows).toEqual([1, 2]);
		expect(problems).toMatchObject([{ kind: 'quote', line: 3 }]);
		expect(problems[0].reason).toMatch(/more than 8 MB/);
	});

	it('readRows reads a whole text the same way', () => {
		for (const [, text] of TEXTS) {
			const rows: [number, string[]][] = [];
			const { problems, delimiter } = readRows(text, 'f.csv', (cells, line) => rows.push([line, cells]));
			expect({ rows, problems: problems.map((p) => [p.kind, p.line]), delimiter }).toEqual(whole(text));
		}
	});
});
