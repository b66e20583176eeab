import { describe, expect, it } from 'vitest';
import { estimateWidth, wrapText } from '../../../src/lib/export/wrapText';

const perChar = (s: string) => s.length;

describe('wrapText', () => {
	it.each([
		['', 10, []],
		['one', 10, ['one']],
		['one two three', 7, ['one two', 'three']],
		['one  two\nthree', 100, ['one two three']],
		['a verylongwordindeed b', 5, ['a', 'verylongwordindeed', 'b']]
	] as [string, number, string[]][])('%j at %d → %j', (text, width, lines) => {
		expect(wrapText(text, width, perChar)).toEqual(lines);
	});

	it('no line is wider than the width unless it is a single word', () => {
		const lines = wrapText('Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025.', 200, estimateWidth(12));
		for (const l of lines) expect(estimateWidth(12)(l) <= 200 || !l.includes(' ')).toBe(true);
		expect(lines.join(' ')).toContain('May 2025.');
	});
});
