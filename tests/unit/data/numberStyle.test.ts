import { describe, expect, it } from 'vitest';
import { detectNumberStyle, numberStyleNotice, parseStyledFigure } from '../../../src/lib/data/numberStyle';
import type { Figure } from '../../../src/lib/data/schema';

describe('parseStyledFigure', () => {
	it.each<[string, Figure | null]>([
		['50250', 50250],
		['24.16', 24.16],
		['$48,780', 48780],
		['$ 48,780', 48780],
		['48,780 $', 48780],
		['€48.780,50', 48780.5],
		['24,56', 24.56],
		['0,6', 0.6],
		['1.234,56', 1234.56],
		['48 780', 48780],
		['48\u00a0780', 48780],
		['-3,5', -3.5],
		['#', { missing: 'topCoded' }],
		['*', { missing: 'notAvailable' }],
		['$', null],
		['12,3456', null],
		['abc', null],
		['$4,8,7', null]
	])('%j → %j', (cell, expected) => expect(parseStyledFigure(cell)).toEqual(expected));
});

describe('detectNumberStyle', () => {
	it.each<[string[], ReturnType<typeof detectNumberStyle>]>([
		[['50250', '24.16', '*', '#', ''], null],
		[['"50,250"'.slice(1, -1), '24.16'], null],
		[['24,56', '$48,780'], { currency: true, decimalComma: true, example: '24,56, $48,780' }],
		[['24,56', '48780'], { currency: false, decimalComma: true, example: '24,56' }],
		[['$48,780', '24.16'], { currency: true, decimalComma: false, example: '$48,780' }],
		[['abc', 'n.a.'], null]
	])('%j → %j', (cells, expected) => expect(detectNumberStyle(cells)).toEqual(expected));

	it('the notice is one file-level message naming the style', () => {
		const notice = numberStyleNotice('f.csv', { currency: true, decimalComma: true, example: '24,56, $48,780' });
		expect(notice).toMatchObject({ kind: 'numberFormat', line: 0, file: 'f.csv', value: '24,56, $48,780' });
		expect(notice.reason).toMatch(/decimal commas \(24,56\) and currency symbols \(\$48,780\)/);
	});
});
