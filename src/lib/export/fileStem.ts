/** Slugs made so far: every chart names its download on each change, from the same few codes and labels. */
const made = new Map<string, string>();

/** Lower-case words joined by "-": "OEWS May 2025" → "oews-may-2025"; "2024–34" → "2024-34". */
export function slug(text: string): string {
	let s = made.get(text);
	if (s === undefined) {
		s = text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '');
		made.set(text, s);
	}
	return s;
}

/** More codes than this and the name says how many instead of listing them. */
const MAX_CODES = 6;

/**
 * A file name (without extension) that says what the file holds: what, which careers, which release, which unit,
 * e.g. `pay-range_29-2072_29-2033_oews-may-2025_annual`. Codes keep their hyphen; empty parts are left out.
 */
export function fileStem(what: string, codes: readonly string[], ...qualifiers: (string | undefined)[]): string {
	const careers = codes.length > MAX_CODES ? [`${codes.length}-occupations`] : codes.map(slug);
	return [slug(what), ...careers, ...qualifiers.map((q) => slug(q ?? ''))].filter(Boolean).join('_');
}
