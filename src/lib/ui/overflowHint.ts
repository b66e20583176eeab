/**
 * Svelte action: marks a scroll box with `data-overflows` while its content is wider than the box, so CSS can
 * say "scroll sideways" only when there is something to scroll to.
 */
export function overflowHint(node: HTMLElement) {
	const check = () => {
		if (node.scrollWidth > node.clientWidth + 1) node.dataset.overflows = '';
		else delete node.dataset.overflows;
	};
	const observer = new ResizeObserver(check);
	observer.observe(node);
	for (const child of node.children) observer.observe(child);
	check();
	return { destroy: () => observer.disconnect() };
}
