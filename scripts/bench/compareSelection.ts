/** The /compare selection change the budget times, for the scripts that look inside it: six careers, the first removed. */
import type { Page } from '@playwright/test';

export const SIX = ['29-2072', '29-2033', '29-2036', '29-1124', '29-1071', '29-1151'];

/** Opens /compare with six careers and waits until the late parts (imports read, fonts) have settled. */
export async function openSixCareers(page: Page, base: string) {
	await page.goto(`${base}/compare?careers=${SIX.join(',')}`);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await page.waitForFunction(() => document.querySelectorAll('[data-table="versus"] tbody tr').length === 6);
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
}

/** Removes the first career and resolves two frames later (the update and the paint after it). Passed as text: tsx would add helpers the page lacks. */
export const removeFirstCareer = (page: Page) =>
	page.evaluate(`new Promise((resolve) => {
		document.querySelector('[aria-label^="Remove"]').click();
		requestAnimationFrame(() => requestAnimationFrame(resolve));
	})`);
