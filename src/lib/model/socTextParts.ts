/** A piece of prose: plain text, or a SOC code that must not break across lines. */
export interface TextPart {
	text: string;
	soc: boolean;
}

// SOC codes ("29-2072") and O*NET-SOC codes ("29-1071.01"), standing alone, never inside a longer number.
const SOC = /(?<![\d-])\d{2}-\d{4}(?:\.\d{2})?(?![\d-])/g;

/** Splits prose into text and SOC codes, in order, so a view can keep each code on one line. */
export function socTextParts(text: string): TextPart[] {
	const parts: TextPart[] = [];
	let at = 0;
	for (const m of text.matchAll(SOC)) {
		if (m.index > at) parts.push({ text: text.slice(at, m.index), soc: false });
		parts.push({ text: m[0], soc: true });
		at = m.index + m[0].length;
	}
	if (at < text.length) parts.push({ text: text.slice(at), soc: false });
	return parts;
}
