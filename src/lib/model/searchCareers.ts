import type { Career } from '../data/schema';

/** A career that matched a query, with what it matched on so the picker can show why. */
export interface CareerMatch {
	career: Career;
	/** The field that matched best. */
	matchedOn: 'soc' | 'title' | 'alias';
	/** The text that matched (the code, the title or the alias). */
	text: string;
	/** Higher is better; only the order matters. */
	score: number;
}

/** Scores by how a text matches; starts rank above word matches, which rank above substrings. */
const SCORE = { socExact: 100, exact: 90, starts: 80, words: 60, socPrefix: 50, substring: 40 } as const;

/**
 * A job title people reported to O*NET ranks below a title or curated alias that matches as well: "Dosimetrist" is
 * a reported title of radiation therapists, yet "dosimetrist" must find medical dosimetrists first.
 */
const REPORTED_PENALTY = 15;

/** Lower case, accents and punctuation dropped, so "Nurse-Anesthetist's" reads "nurse anesthetist s". */
export function normalize(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** A query word matches a text word it begins; a plural query ("nurses") also matches the singular. */
const wordMatches = (q: string, word: string) =>
	word.startsWith(q) || (q.length > 3 && q.endsWith('s') && word.startsWith(q.slice(0, -1)));

function scoreText(query: string, words: string[], text: string): number {
	const t = normalize(text);
	if (t === query) return SCORE.exact;
	if (t.startsWith(query)) return SCORE.starts;
	const tWords = t.split(' ');
	if (words.every((q) => tWords.some((w) => wordMatches(q, w)))) return SCORE.words;
	return t.includes(query) ? SCORE.substring : 0;
}

/** SOC codes are matched on digits only, so "29-2072", "292072" and "29 2072" all find 29-2072. */
const SOC_QUERY = /^\d{2}[\s.-]?\d{0,4}$/;

/**
 * Careers matching a free-text query, best first: exact SOC code, then titles or aliases that equal or
 * start with the query, then ones containing every query word as a word start, then substrings; a job title
 * people reported to O*NET counts a step lower than a title or curated alias matched the same way.
 * Ties keep the given (curated) order, and a title beats an alias of equal score. Empty query → [].
 */
export function searchCareers(careers: readonly Career[], query: string): CareerMatch[] {
	const trimmed = query.trim();
	// An empty box, as on every first render of the search, returns before any normalising.
	if (!trimmed) return [];
	const q = normalize(trimmed);
	if (!q) return [];
	const words = q.split(' ');
	const digits = SOC_QUERY.test(trimmed) ? trimmed.replace(/\D/g, '') : '';
	const matches: CareerMatch[] = [];
	for (const career of careers) {
		const code = career.soc.replace(/\D/g, '');
		let best: CareerMatch | null = null;
		if (digits && code === digits) best = { career, matchedOn: 'soc', text: career.soc, score: SCORE.socExact };
		else if (digits.length >= 2 && code.startsWith(digits))
			best = { career, matchedOn: 'soc', text: career.soc, score: SCORE.socPrefix };
		const candidates: [CareerMatch['matchedOn'], string][] = [
			['title', career.title],
			...career.aliases.map((a): [CareerMatch['matchedOn'], string] => ['alias', a])
		];
		for (const [matchedOn, text] of candidates) {
			const score = scoreText(q, words, text);
			if (score > (best?.score ?? 0)) best = { career, matchedOn, text, score };
		}
		for (const text of career.reportedTitles ?? []) {
			const score = scoreText(q, words, text) - REPORTED_PENALTY;
			if (score > (best?.score ?? 0)) best = { career, matchedOn: 'alias', text, score };
		}
		if (best) matches.push(best);
	}
	// Array.prototype.sort is stable, so equal scores keep the curated order.
	return matches.sort((a, b) => b.score - a.score);
}
