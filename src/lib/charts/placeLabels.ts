/** Direct labels for bubbles: set beside their bubble, kept apart and inside the plot. */

/** Average glyph width of chart labels (12–13 px sans-serif), used to estimate a label's extent. */
export const CHAR = 6.4;

/** A bubble, in chart coordinates. */
export interface Bubble {
	x: number;
	y: number;
	r: number;
}

/** A bubble that gets a label. */
export interface LabelRequest extends Bubble {
	/** The label; a label of several lines separates them with "\n" (each further line sits `STEP` lower). */
	text: string;
	/** Average glyph width, wider for bold text; `CHAR` when not given. */
	charWidth?: number;
}

/** Where a label goes: its text's anchor point (vertical centre of the text) and which side of the bubble it is on. */
export interface LabelSpot {
	x: number;
	y: number;
	anchor: 'start' | 'end';
	/** Set when no free slot was left, so the label may overlap another. */
	crowded?: true;
}

/** A label moved off its bubble's height is tied back to it by a thin line. */
export const needsLeader = (bubble: Bubble, spot: LabelSpot) => Math.abs(spot.y - bubble.y) > 6;

/** Slot height, and the distance between the lines of a label. */
export const STEP = 14;

/** How many lines a label has, and its widest line's length. */
const linesOf = (text: string) => text.split('\n');
const lineCount = (r: LabelRequest) => linesOf(r.text).length;

/** Horizontal extent of a label set at a spot, estimated from its length. */
const span = ({ text, charWidth = CHAR }: LabelRequest, spot: Pick<LabelSpot, 'x' | 'anchor'>): [number, number] => {
	const w = Math.max(...linesOf(text).map((l) => l.length)) * charWidth;
	return spot.anchor === 'start' ? [spot.x, spot.x + w] : [spot.x - w, spot.x];
};

/**
 * Gives each label (top to bottom) the nearest free slot: beside its bubble on the right or the left,
 * then 14 px steps down or up, so it overlaps no label already placed (nor, where possible, another
 * bubble of `obstacles`) and stays inside [left, right] × [top, bottom].
 * Bubbles at the same x always get their labels jittered apart. Returns one spot per request, in order.
 */
export function placeLabels(
	requests: readonly LabelRequest[],
	bounds: { left: number; right: number; top: number; bottom: number },
	obstacles: readonly Bubble[] = requests
): LabelSpot[] {
	const spots: LabelSpot[] = new Array(requests.length);
	const done: { request: LabelRequest; spot: LabelSpot }[] = [];
	const order = requests.map((_, i) => i).sort((a, b) => requests[a].y - requests[b].y);
	for (const i of order) {
		const p = requests[i];
		const both: Omit<LabelSpot, 'y'>[] = [
			{ anchor: 'start', x: p.x + p.r + 4 },
			{ anchor: 'end', x: p.x - p.r - 4 }
		];
		const fits = both.filter((side) => {
			const [a, b] = span(p, side);
			return a >= bounds.left && b <= bounds.right;
		});
		const sides = fits.length ? fits : [p.x < (bounds.left + bounds.right) / 2 ? both[0] : both[1]];
		const clear = (side: Omit<LabelSpot, 'y'>, y: number) => (q: (typeof done)[number]) => {
			const [a, b] = span(p, side);
			const [c, d] = span(q.request, q.spot);
			// Same x counts as overlapping: side-by-side labels there would read as one.
			// Vertically apart: one label's last line at least a slot above the other's first.
			const apart = y >= q.spot.y + lineCount(q.request) * STEP || q.spot.y >= y + lineCount(p) * STEP;
			return (q.request.x !== p.x && (d < a || c > b)) || apart;
		};
		const offsets = [0, ...Array.from({ length: 2 * requests.length + 2 }, (_, k) => (k % 2 ? -1 : 1) * STEP * Math.ceil((k + 1) / 2))];
		const slots = offsets.flatMap((o) => sides.map((side) => ({ side, y: p.y + o })));
		// Keep off other bubbles too (label box ≈ 12 px tall, baseline 4 px below the slot).
		const offBubbles = (side: Omit<LabelSpot, 'y'>, y: number) => {
			const [a, b] = span(p, side);
			const last = y + (lineCount(p) - 1) * STEP;
			return obstacles.every((q) => q === p || q.x + q.r < a || q.x - q.r > b || q.y + q.r < y - 8 || q.y - q.r > last + 4);
		};
		const open = slots.filter(({ side, y }) => y >= bounds.top && y + (lineCount(p) - 1) * STEP <= bounds.bottom && done.every(clear(side, y)));
		const slot = open.find(({ side, y }) => offBubbles(side, y)) ?? open[0];
		spots[i] = slot ? { ...slot.side, y: slot.y } : { ...sides[0], y: Math.min(Math.max(p.y, bounds.top), bounds.bottom), crowded: true };
		done.push({ request: p, spot: spots[i] });
	}
	return spots;
}
