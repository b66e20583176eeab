/**
 * Keeps one copy of each repeated text (titles, areas, industries) and makes that copy its own string:
 * a cell cut from a large chunk would otherwise keep the whole chunk alive for as long as the row lives.
 */
export function internText(): (text: string) => string {
	const seen = new Map<string, string>();
	return (text) => {
		let kept = seen.get(text);
		if (kept === undefined) {
			// Slicing a fresh concatenation copies the characters, so the chunk can be collected.
			kept = text.length < 13 ? text : (' ' + text).slice(1);
			seen.set(kept, kept);
		}
		return kept;
	};
}
