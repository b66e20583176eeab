/** The /compare selection change the budget times, and the scripts that look inside it: six careers, the first removed. */
import { waitUntil, type Tab } from './benchTab';

export const SIX = ['29-2072', '29-2033', '29-2036', '29-1124', '29-1071', '29-1151'];

/** Opens /compare with six careers and waits until the late parts (every release, imports read, fonts) have settled. */
export async function openSixCareers(tab: Tab, base: string) {
	await tab.goto(`${base}/compare?careers=${SIX.join(',')}`);
	await waitUntil(tab, `document.body.dataset.hydrated === 'true'`);
	await waitUntil(tab, `document.querySelectorAll('[data-table="versus"] tbody tr').length === 6 && document.querySelector('#compare-trend svg') && document.fonts.status === 'loaded'`);
	await new Promise((r) => setTimeout(r, 500));
}

/** Removes the first career and resolves two frames later (the update and the paint after it). */
export const removeFirstCareer = (tab: Tab) =>
	tab.evaluate(`new Promise((resolve) => {
		document.querySelector('[aria-label^="Remove"]').click();
		requestAnimationFrame(() => requestAnimationFrame(resolve));
	})`);

