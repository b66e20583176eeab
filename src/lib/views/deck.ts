import { parseParams, replaceParams, searchString, someOf, wholeNumber, writeParams } from '../state/paramTable';
import { EMBED_CHARTS, type EmbedChart } from './compareView';

/** The slides a deck can show, in their default order: the comparison's four charts and growth against pay of all healthcare careers. */
export const DECK_SLIDES = EMBED_CHARTS;
export type DeckSlide = EmbedChart;

/** A presentation: which charts, in which order, and the slide on screen (0-based). */
export interface Deck {
	slides: DeckSlide[];
	slide: number;
}

/** The chart list: known charts kept in the order given, unknown ones named. */
const slidesParam = someOf('slides', DECK_SLIDES, [...DECK_SLIDES], 'slide', `slides are ${DECK_SLIDES.join(', ')}`);
/** The slide on screen, 1-based in the URL, within the deck's charts. */
const slideParam = (count: number) => wholeNumber('slide', 1, 1, count, (raw) => `Slide "${raw}" is not between 1 and ${count}`);
const deckParams = (count: number) => ({ slides: slidesParam, slide: slideParam(count) });

/**
 * Reads the deck from search params: `slides=trend,pay` (the order an advisor chose; all five by default)
 * and `slide=N` (1-based). Unknown charts and out-of-range slides fall back and are reported.
 */
export function parseDeck(params: URLSearchParams): { deck: Deck; invalid: string[] } {
	const listed = parseParams(params, { slides: slidesParam });
	const { slides } = listed.values;
	const shown = parseParams(params, { slide: slideParam(slides.length) });
	return { deck: { slides, slide: shown.values.slide - 1 }, invalid: [...listed.invalid, ...shown.invalid] };
}

/** The search string of a deck on top of the view's other params; the default order and slide 1 are left out. */
export function deckSearch(params: URLSearchParams, deck: Deck): string {
	const table = deckParams(deck.slides.length);
	return searchString(replaceParams(params, writeParams({ slides: deck.slides, slide: deck.slide + 1 }, table), table));
}

/** The comparison's own search string, without the deck: where leaving the presentation goes back to. */
export const withoutDeck = (params: URLSearchParams) => deckSearch(params, { slides: [...DECK_SLIDES], slide: 0 });

/** The slide after a key press or click, clamped to the deck; null when the key is not a deck key. */
export function stepSlide(key: string, slide: number, count: number): number | null {
	const last = Math.max(0, count - 1);
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case ' ':
		case 'PageDown':
			return Math.min(last, slide + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'Backspace':
			return Math.max(0, slide - 1);
		case 'Home':
			return 0;
		case 'End':
			return last;
		default:
			return null;
	}
}
