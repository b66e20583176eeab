/**
 * Search parameters a page has no setting for, one notice each, so a mistyped link ("min.median" for "min_median")
 * says why it changed nothing instead of quietly showing the defaults. Campaign and click tags that other sites add to
 * links (utm_*, fbclid, gclid, msclkid) are not settings of any page and pass without a notice.
 */
const TAGS = /^(utm_.+|fbclid|gclid|msclkid)$/i;

/** Edits (insert, delete, replace one character) from `a` to `b`; stops counting past `most`. */
function editsBetween(a: string, b: string, most: number): number {
	if (Math.abs(a.length - b.length) > most) return most + 1;
	let row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		row = next;
	}
	return row[b.length];
}

/**
 * The known key a mistyped one was most likely meant as: the same but for case and separators, or a few edits away
 * (one per three characters, at most two, so a short key is not "corrected" into another short key).
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
	const bare = (k: string) => k.toLowerCase().replace(/[^a-z0-9]+/g, '_');
	const typed = bare(key);
	const same = known.find((k) => bare(k) === typed);
	if (same) return same;
	const allowed = Math.min(2, Math.floor(typed.length / 3));
	let best: string | undefined;
	let fewest = allowed + 1;
	for (const k of known) {
		const edits = editsBetween(typed, bare(k), allowed);
		if (edits < fewest) [best, fewest] = [k, edits];
	}
	return best;
}

/** A notice for each parameter of `params` whose key is not in `known` (each key once, in the link's order). */
export function unknownParams(params: URLSearchParams, known: readonly string[]): string[] {
	const keys = new Set(known);
	const unknown = [...new Set(params.keys())].filter((k) => !keys.has(k) && !TAGS.test(k));
	return unknown.map((k) => {
		const meant = closestKey(k, known);
		return `"${k}" is not a setting of this page, so it was ignored${meant ? ` (did you mean "${meant}"?)` : ''}`;
	});
}
