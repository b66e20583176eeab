/**
 * Svelte action: while a scroll box's content is wider than the box, marks it with `data-overflows` (so CSS can say
 * "scroll sideways") and makes it a named, focusable region, so keyboard users can scroll it with the arrow keys.
 */
export function overflowHint(node: HTMLElement) {
	const check = () => {
		const overflows = node.scrollWidth > node.clientWidth + 1;
		if (overflows === 'overflows' in node.dataset) return;
		if (overflows) {
			node.dataset.overflows = '';
			node.tabIndex = 0;
			node.setAttribute('role', 'region');
			const caption = node.querySelector('caption')?.textContent?.trim();
			node.setAttribute('aria-label', `${caption || 'Table'} (scrolls sideways)`);
		} else {
			delete node.dataset.overflows;
			node.removeAttribute('tabindex');
			node.removeAttribute('role');
			node.removeAttribute('aria-label');
		}
	};
	const observer = new ResizeObserver(check);
	observer.observe(node);
	for (const child of node.children) observer.observe(child);
	check();
	return { destroy: () => observer.disconnect() };
}
