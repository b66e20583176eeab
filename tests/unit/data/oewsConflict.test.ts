import { describe, expect, it } from 'vitest';
import { missing } from '../../../src/lib/data/parseCell';
import { cellDifference, figureDifference, figureText } from '../../../src/lib/data/oewsConflict';
import type { Figure } from '../../../src/lib/data/schema';

describe('figureDifference', () => {
	it.each<[string, Figure[], (Figure | null)[], (string | undefined)[], ReturnType<typeof figureDifference>]>([
		['the same figures', [50250, missing('topCoded')], [50250, missing('topCoded')], ['50250', '#'], null],
		['a different number', [50250, 1], [48780, 1], ['48,780', '1'], { figure: 0, before: '50250', after: '48,780' }],
		['a number against a marker', [50250, missing('topCoded')], [50250, 239200], ['50250', '239200'], { figure: 1, before: '#', after: '239200' }],
		['an unreadable cell', [50250], [null], ['n.a.'], { figure: 0, before: '50250', after: 'n.a.' }]
	])('%s', (_name, earlier, later, cells, expected) => expect(figureDifference(earlier, later, cells)).toEqual(expected));
});

describe('cellDifference', () => {
	it.each<[(string | undefined)[], (string | undefined)[], ReturnType<typeof cellDifference>]>([
		[['1', ' 2 '], ['1', '2'], null],
		[['1', 'n.a.'], ['1', '35780'], { figure: 1, before: 'n.a.', after: '35780' }],
		[[undefined, '2'], ['', '2'], null]
	])('%j against %j', (a, b, expected) => expect(cellDifference(a, b)).toEqual(expected));
});

it('figureText writes markers as BLS writes them', () => {
	expect([figureText(5), figureText(missing('topCoded')), figureText(missing('fewEstablishments')), figureText(null)]).toEqual(['5', '#', '~', '(unreadable)']);
});
