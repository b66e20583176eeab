import { wrapText } from '../export/wrapText';
import { fitText } from './fitText';

/**
 * A chart label in at most `maxLines` lines of `chars` characters, wrapped at spaces so a long name keeps the noun
 * at its end; only what still does not fit goes into the last line, cut with …. The table twin names it in full.
 */
export function wrapLabel(text: string, chars: number, maxLines: number): string[] {
	const lines = wrapText(text, chars, (s) => s.length);
	const kept = lines.length > maxLines ? [...lines.slice(0, Math.max(0, maxLines - 1)), lines.slice(Math.max(0, maxLines - 1)).join(' ')] : lines;
	return kept.map((l) => fitText(l, chars));
}
