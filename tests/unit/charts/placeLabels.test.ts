import { describe, expect, it } from 'vitest';
import { CHAR, needsLeader, placeLabels, type LabelRequest, type LabelSpot } from '../../../src/lib/charts/placeLabels';

const bounds = { left: 0, right: 400, top: 10, bottom: 290 };
const extent = (r: LabelRequest, s: LabelSpot) => {
	const w = r.text.length * (r.charWidth ?? CHAR);
	return s.anchor === 'start' ? [s.x, s.x + w] : [s.x - w, s.x];
};
const overlap = (a: [LabelRequest, LabelSpot], b: [LabelRequest, LabelSpot]) => {
	const [x1, x2] = extent(...a);
	const [x3, x4] = extent(...b);
	return x2 > x3 && x4 > x1 && Math.abs(a[1].y - b[1].y) < 14;
};

describe('placeLabels', () => {
	it.each<[string, LabelRequest[]]>([
		['one bubble', [{ x: 100, y: 100, r: 5, text: 'Dosimetrists' }]],
		['two bubbles at the same height', [{ x: 100, y: 100, r: 5, text: 'Medical Records Specialists' }, { x: 130, y: 100, r: 5, text: 'Billing Clerks' }]],
		['three bubbles at the same x', [0, 1, 2].map((i) => ({ x: 200, y: 150 + i, r: 4, text: `Career ${i}` }))],
		['a bubble near the right edge', [{ x: 390, y: 50, r: 6, text: 'Nurse Anesthetists' }]],
		['a bubble at the top edge', [{ x: 50, y: 0, r: 6, text: 'Managers', charWidth: 7.8 }]],
		[
			'a crowd',
			Array.from({ length: 12 }, (_, i) => ({ x: 150 + (i % 3) * 10, y: 140 + (i % 4) * 3, r: 3, text: `Occupation number ${i}` }))
		]
	])('keeps every label of %s inside the plot and clear of the others', (_, requests) => {
		const spots = placeLabels(requests, bounds);
		expect(spots).toHaveLength(requests.length);
		const pairs = requests.map((r, i) => [r, spots[i]] as [LabelRequest, LabelSpot]);
		for (const [r, s] of pairs) {
			const [a, b] = extent(r, s);
			expect(a).toBeGreaterThanOrEqual(bounds.left);
			expect(b).toBeLessThanOrEqual(bounds.right);
			expect(s.y).toBeGreaterThanOrEqual(bounds.top);
			expect(s.y).toBeLessThanOrEqual(bounds.bottom);
		}
		for (let i = 0; i < pairs.length; i++) for (let j = i + 1; j < pairs.length; j++) expect(overlap(pairs[i], pairs[j])).toBe(false);
	});

	it('puts a label right beside its bubble when there is room, at its height', () => {
		const [spot] = placeLabels([{ x: 100, y: 100, r: 5, text: 'Dosimetrists' }], bounds);
		expect(spot).toEqual({ x: 109, y: 100, anchor: 'start' });
		expect(needsLeader({ x: 100, y: 100, r: 5 }, spot)).toBe(false);
	});

	it('flips a label to the left of a bubble near the right edge', () => {
		const [spot] = placeLabels([{ x: 390, y: 50, r: 6, text: 'Nurse Anesthetists' }], bounds);
		expect(spot.anchor).toBe('end');
		expect(spot.x).toBe(380);
	});

	it('moves a label off another bubble it would cover, and says a leader line is needed', () => {
		const requests = [{ x: 100, y: 100, r: 5, text: 'Short' }];
		const obstacles = [...requests, { x: 130, y: 100, r: 10 }, { x: 60, y: 100, r: 10 }];
		const [spot] = placeLabels(requests, bounds, obstacles);
		expect(spot.y).not.toBe(100);
		expect(needsLeader(requests[0], spot)).toBe(true);
	});

	it('places nothing for no requests', () => {
		expect(placeLabels([], bounds)).toEqual([]);
	});
});

describe('placeLabels with labels of two lines', () => {
	const bounds = { left: 0, right: 400, top: 0, bottom: 200 };
	it('keeps a two-line label a whole label height from the next one', () => {
		const spots = placeLabels(
			[
				{ x: 100, y: 100, r: 3, text: 'Medical Records\nSpecialists' },
				{ x: 110, y: 104, r: 3, text: 'Diagnostic Medical\nSonographers' }
			],
			bounds
		);
		const [a, b] = [spots[0].y, spots[1].y].sort((p, q) => p - q);
		expect(b - a).toBeGreaterThanOrEqual(28);
		expect(spots.some((s) => s.crowded)).toBe(false);
	});
	it('says when no free slot is left', () => {
		const many = Array.from({ length: 8 }, (_, i) => ({ x: 100 + i, y: 20, r: 2, text: 'A long label\non two lines' }));
		const spots = placeLabels(many, { left: 0, right: 400, top: 0, bottom: 40 });
		expect(spots.some((s) => s.crowded)).toBe(true);
	});
});
