/** The /explore change the budget times, and the scripts that look inside it: every occupation and column, one sort or filter change. */
import { EXPLORER_COLUMNS } from '../../src/lib/model/explorerColumns';
import { waitUntil, type Tab } from './benchTab';

/** Each change and its control; they alternate so every run changes something. */
export const EXPLORER_CHANGES = [
	{ what: 'sort by median', click: '[data-sort="median"]' },
	{ what: 'sort by growth', click: '[data-sort="percent_change"]' },
	{ what: 'coding roles only', click: '[data-control="coding"]' },
	{ what: 'all again', click: '[data-control="coding"]' }
];

/** Opens /explore with every occupation and column, waits until the table holds them and scrolls it into view; returns the row count. */
export async function openEveryOccupation(tab: Tab, base: string): Promise<number> {
	await tab.goto(`${base}/explore?group=all&cols=${EXPLORER_COLUMNS.map((c) => c.id).join(',')}`);
	await waitUntil(tab, `document.body.dataset.hydrated === 'true'`);
	const rows = `Number(document.querySelector('[data-table="explore"]')?.getAttribute('data-rows'))`;
	await waitUntil(tab, `${rows} > 800 && document.fonts.status === 'loaded'`);
	// In view, as for a person clicking its headers: the filters above fill the first screen at 1280 × 900.
	await tab.evaluate(`document.querySelector('[data-table="explore"]').scrollIntoView({ block: 'start' })`);
	await new Promise((r) => setTimeout(r, 500));
	return tab.evaluate<number>(rows);
}

/**
 * Makes change `i` inside the page (no polling from outside, whose tasks would count too) and resolves two frames
 * later, so the DOM update and the paint after it are both counted; throws when the address did not change.
 */
export async function makeExplorerChange(tab: Tab, i: number): Promise<void> {
	const change = EXPLORER_CHANGES[i % EXPLORER_CHANGES.length];
	const changed = await tab.evaluate<boolean>(`new Promise((resolve) => {
		const search = location.search;
		document.querySelector('${change.click}').click();
		requestAnimationFrame(() => requestAnimationFrame(() => resolve(location.search !== search)));
	})`);
	if (!changed) throw new Error(`${change.what}: the address did not change`);
}
