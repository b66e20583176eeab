import { describe, expect, it } from 'vitest';
import { deckSearch, parseDeck, stepSlide, withoutDeck } from '../../../src/lib/views/deck';

const p = (s: string) => new URLSearchParams(s);

describe('parseDeck', () => {
	it.each([
		['', ['pay', 'trend', 'outlook', 'training', 'growth'], 0, 0],
		['slides=trend,pay', ['trend', 'pay'], 0, 0],
		['slides=trend,pay&slide=2', ['trend', 'pay'], 1, 0],
		['slides=trend,trend,pay', ['trend', 'pay'], 0, 0],
		['slides=map,pay', ['pay'], 0, 1],
		['slides=map', ['pay', 'trend', 'outlook', 'training', 'growth'], 0, 1],
		['slide=5', ['pay', 'trend', 'outlook', 'training', 'growth'], 4, 0],
		['slide=6', ['pay', 'trend', 'outlook', 'training', 'growth'], 0, 1],
		['slides=growth,pay', ['growth', 'pay'], 0, 0],
		['slide=0', ['pay', 'trend', 'outlook', 'training', 'growth'], 0, 1],
		['slide=two', ['pay', 'trend', 'outlook', 'training', 'growth'], 0, 1],
		['slides=outlook&slide=2', ['outlook'], 0, 1]
	])('%s → %j, slide %d, %d problem(s)', (search, slides, slide, problems) => {
		const { deck, invalid } = parseDeck(p(search));
		expect(deck).toEqual({ slides, slide });
		expect(invalid).toHaveLength(problems);
	});
});

describe('deckSearch', () => {
	it('keeps the view params, leaves out the default order and slide 1', () => {
		expect(deckSearch(p('careers=29-2072,29-2033&pay=hourly'), { slides: ['pay', 'trend', 'outlook', 'training', 'growth'], slide: 0 })).toBe('?careers=29-2072,29-2033&pay=hourly');
		expect(deckSearch(p('careers=29-2072&slide=3'), { slides: ['pay', 'trend', 'outlook', 'training', 'growth'], slide: 1 })).toBe('?careers=29-2072&slide=2');
		expect(deckSearch(p(''), { slides: ['training', 'pay'], slide: 1 })).toBe('?slides=training,pay&slide=2');
	});

	it.each(['', 'slides=trend,pay', 'slides=outlook,pay&slide=2', 'careers=29-2072&slide=4'])('round trip: %s', (search) => {
		const { deck } = parseDeck(p(search));
		expect(parseDeck(p(deckSearch(p(search), deck).slice(1))).deck).toEqual(deck);
	});

	it('withoutDeck gives the comparison’s own link back', () => {
		expect(withoutDeck(p('careers=29-2072&slides=pay&slide=1&ref=29-2072'))).toBe('?careers=29-2072&ref=29-2072');
		expect(withoutDeck(p('slide=2'))).toBe('');
	});
});

describe('stepSlide', () => {
	it.each([
		['ArrowRight', 0, 1],
		[' ', 1, 2],
		['PageDown', 2, 3],
		['ArrowRight', 3, 3],
		['ArrowLeft', 2, 1],
		['PageUp', 1, 0],
		['Backspace', 0, 0],
		['Home', 3, 0],
		['End', 0, 3],
		['a', 1, null],
		['Escape', 1, null]
	] as const)('%j on slide %d of 4 → %s', (key, slide, next) => {
		expect(stepSlide(key, slide, 4)).toBe(next);
	});
});
