/**
 * Svelte action for a text or number box whose value comes from the page's state (the URL): the box is written only
 * when that value changes, so what a person is typing is never replaced because something else on the page redrew.
 *
 * Svelte's own `value={…}` forgets the value it last wrote once hydration ends, and writes the box again on the next
 * redraw of the element even when nothing changed: text typed on /compare or /pay while the earlier releases were
 * still loading was wiped when they arrived. Pair it with `defaultValue={value}`, which puts the value in the
 * prerendered page (and is what a form reset returns to).
 */
export function fieldValue(node: HTMLInputElement, value: string) {
	let shown = value;
	// A box drawn in the browser starts empty; a prerendered one already shows the value, or what was typed before the
	// page came alive, which stays.
	if (node.value === '') node.value = value;
	return {
		update(next: string) {
			if (next === shown) return;
			shown = next;
			// A box that already says it, but for spaces at either end (which the address reading drops), keeps what the
			// person typed: a pause after "medical " must not turn the next word into "medicalrecords".
			if (node.value.trim() !== next) node.value = next;
		}
	};
}
