import { describe, expect, it } from 'vitest';
import { parseFigure, parseSoc } from '../../../src/lib/data/parseCell';

describe('parseFigure', () => {
	it.each<[string, number | { missing: string } | null]>([
		['50250', 50250],
		['24.16', 24.16],
		['0.1', 0.1],
		['-3', -3],
		['+5', 5],
		['007', 7],
		[' 42 ', 42],
		['151,853,870', 151853870],
		['"1,234.5"'.slice(1, -1), 1234.5],
		['#', { missing: 'topCoded' }],
		['*', { missing: 'notAvailable' }],
		['**', { missing: 'notAvailable' }],
		['~', { missing: 'fewEstablishments' }],
		['', { missing: 'notAvailable' }],
		['-', { missing: 'notAvailable' }],
		['N/A', { missing: 'notAvailable' }],
		['1.', null],
		['.5', null],
		['1e5', null],
		['$50,250', null],
		['1,23', null],
		['=50250', null],
		['toString', null],
		['constructor', null]
	])('%j → %j', (cell, expected) => expect(parseFigure(cell)).toEqual(expected));

	it('reads plain decimals exactly as Number() does', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
		for (let i = 0; i < 20000; i++) {
			const digits = String(Math.floor(random() * 10 ** (1 + Math.floor(random() * 14))));
			const scale = Math.floor(random() * Math.min(digits.length, 6));
			const text = scale ? `${digits.slice(0, -scale) || '0'}.${digits.slice(-scale)}` : digits;
			expect(parseFigure(text), text).toBe(Number(text));
			expect(parseFigure(`-${text}`), `-${text}`).toBe(Number(`-${text}`));
		}
		expect(parseFigure('1234567890123456789')).toBe(1234567890123456789);
	});
});

describe('parseSoc', () => {
	it.each<[string, string | null]>([
		['29-2072', '29-2072'],
		[' 29-2072 ', '29-2072'],
		['="29-2072"', '29-2072'],
		['292072', null],
		['29-207', null],
		['2a-2072', null]
	])('%j → %j', (cell, expected) => expect(parseSoc(cell)).toBe(expected));
});
