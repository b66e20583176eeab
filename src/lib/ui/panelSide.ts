/**
 * Which edge of its button a drop-down panel hangs from so that it stays on screen: from the left edge when there is
 * room to the right of it, else from the right edge when there is room to its left, else from whichever side leaves
 * more of it in view (the panel's width is capped at the viewport's elsewhere).
 */
export function panelSide(button: { left: number; right: number }, panelWidth: number, viewportWidth: number, margin = 8): 'left' | 'right' {
	if (button.left + panelWidth <= viewportWidth - margin) return 'left';
	if (button.right - panelWidth >= margin) return 'right';
	return viewportWidth - button.left >= button.right ? 'left' : 'right';
}
