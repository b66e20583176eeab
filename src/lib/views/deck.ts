import { EMBED_CHARTS, type EmbedChart } from './compareView';

/** The slides a deck can show, in their default order: the comparison's four charts and growth against pay of all healthcare careers. */
export const DECK_SLIDES = EMBED_CHARTS;
export type DeckSlide = EmbedChart;

/** A presentation: which charts, in which order, and the slide on screen (0-based). */
export interface Deck {
	slides: DeckSlide[];
	slide: number;
}

const KEYS = { slides: 'slides', slide: 'slide' } as const;
const isChart = (s: string): s is DeckSlide => (DECK_SLIDES as readonly string[]).includes(s);

/**
 * Reads the deck from search params: `slides=trend,pay` (the order an advisor chose; all five by default)
 * and `slide=N` (1-based). Unknown charts and out-of-range slides fall back and are reported.
 */
export function parseDeck(params: URLSearchParams): { deck: Deck; invalid: string[] } {
	const invalid: string[] = [];
	let slides: DeckSlide[] = [...DECK_SLIDES];
	const rawSlides = params.get(KEYS.slides);
	if (rawSlides !== null) {
		const names = rawSlides.split(',').map((s) => s.trim()).filter(Boolean);
		const unknown = names.filter((n) => !isChart(n));
		if (unknown.length) invalid.push(`Unknown slide${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')} (slides are ${DECK_SLIDES.join(', ')})`);
		const known = [...new Set(names.filter(isChart))];
		if (known.length) slides = known;
	}
	let slide = 0;
	const rawSlide = params.get(KEYS.slide);
	if (rawSlide !== null) {
		const n = Number(rawSlide);
		if (Number.isInteger(n) && n >= 1 && n <= slides.length) slide = n - 1;
		else invalid.push(`Slide "${rawSlide}" is not between 1 and ${slides.length}`);
	}
	return { deck: { slides, slide }, invalid };
}

/** The search string of a deck on top of the view's other params; the default order and slide 1 are left out. */
export function deckSearch(params: URLSearchParams, deck: Deck): string {
	const next = new URLSearchParams(params);
	next.delete(KEYS.slides);
	next.delete(KEYS.slide);
	if (deck.slides.join(',') !== DECK_SLIDES.join(',')) next.set(KEYS.slides, deck.slides.join(','));
	if (deck.slide > 0) next.set(KEYS.slide, String(deck.slide + 1));
	const text = next.toString().replaceAll('%2C', ',');
	return text ? `?${text}` : '';
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
