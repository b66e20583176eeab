/**
 * Breaks text into lines no wider than `maxWidth`, at spaces; a single word wider than the line stands
 * alone rather than being cut. `measure` gives a string's width (canvas `measureText` in the browser).
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
	const words = text.trim().split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

/** A width estimate for when no canvas is at hand: average glyph width of a sans-serif face, 0.55 em. */
export const estimateWidth = (fontSize: number) => (s: string) => s.length * fontSize * 0.55;
