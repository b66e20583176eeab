import { describe, expect, it } from 'vitest';
import { detectDelimiter, readRows, sniffText } from '../../../src/lib/data/readRows';

const collect = (text: string) => {
	const rows: [number, string[]][] = [];
	const { problems, delimiter } = readRows(text, 'f.csv', (cells, line) => rows.push([line, cells]));
	return { rows, problems, delimiter };
};

describe('readRows', () => {
	it.each([
		['plain LF', 'a,b\n1,2\n3,4\n', [[1, ['a', 'b']], [2, ['1', '2']], [3, ['3', '4']]]],
		['CRLF', 'a,b\r\n1,2\r\n', [[1, ['a', 'b']], [2, ['1', '2']]]],
		['BOM and semicolons', '\uFEFFa;b\n1;"2,5"\n', [[1, ['a', 'b']], [2, ['1', '2,5']]]],
		['quoted newline keeps line numbers true', 'a,b\n1,"x\ny"\n2,3\n', [[1, ['a', 'b']], [2, ['1', 'x\ny']], [4, ['2', '3']]]],
		['blank lines skipped but counted', 'a,b\n\n1,2\n', [[1, ['a', 'b']], [3, ['1', '2']]]]
	])('%s', (_name, text, expected) => {
		expect(collect(text).rows).toEqual(expected);
	});

	it('reports an unterminated quote with its line', () => {
		const { problems } = collect('a,b\n1,2\n3,"never closed\n4,5\n');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ kind: 'quote', line: 3, file: 'f.csv' });
	});

	it.each([
		['a,b,c', ','],
		['a;b;c', ';'],
		['a\tb\tc', '\t'],
		['"A,B";C;D', ';']
	])('detects the delimiter of %j', (line, d) => expect(detectDelimiter(line)).toBe(d));
});

describe('sniffText', () => {
	it.each([
		['', 'empty'],
		['\uFEFF  \n', 'empty'],
		['\u0089PNG\r\n\u001a\n', 'binary'],
		['\uFFFEa\u0000,\u0000b\u0000', 'encoding'],
		['a\u0000,\u0000b\u0000\n\u00001\u0000', 'encoding']
	])('%j is refused as %s', (text, kind) => expect(sniffText(text, 'x.csv')?.kind).toBe(kind));
	it('accepts a CSV', () => expect(sniffText('a,b\n1,2', 'x.csv')).toBeNull());
});
