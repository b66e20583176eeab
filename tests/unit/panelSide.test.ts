import { describe, expect, it } from 'vitest';
import { panelSide } from '../../src/lib/ui/panelSide';

describe('panelSide', () => {
	it.each([
		// A button at the left of a phone screen: the panel opens to the right, from its left edge.
		[{ left: 33, right: 141 }, 240, 375, 'left'],
		// A button at the right of a wide screen: the panel opens to the left, from its right edge.
		[{ left: 1100, right: 1208 }, 240, 1280, 'right'],
		// Room both ways: from the left edge.
		[{ left: 400, right: 508 }, 240, 1280, 'left'],
		// Room neither way (panel wider than the screen allows): the side with more room.
		[{ left: 20, right: 128 }, 400, 375, 'left'],
		[{ left: 250, right: 358 }, 400, 375, 'right'],
		// Exactly at the margin still fits.
		[{ left: 127, right: 235 }, 240, 375, 'left']
	] as const)('button %o, panel %i px, viewport %i px → %s', (button, width, viewport, side) => {
		expect(panelSide(button, width, viewport)).toBe(side);
	});
});
