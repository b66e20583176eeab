/** What a person types while a page is still fetching its later files stays in the box when they arrive, and Enter applies it. */
import { expect, test, type Page } from '@playwright/test';
import { holdFiles } from './holdFiles';
import { openHydrated, WIDTHS } from './widths';

/** Fills a box, lets the held files arrive, waits until the page has drawn them, and checks the box kept the text. */
async function typeWhileHeld(page: Page, box: string, text: string, release: () => void, arrived: () => Promise<void>) {
	await page.locator(box).fill(text);
	release();
	await arrived();
	await expect(page.locator(box)).toHaveValue(text);
	await page.locator(box).press('Enter');
}

for (const [name, use] of WIDTHS) {
	test.describe(name, () => {
		test.use(use);

		test('/compare: tuition typed while the earlier releases load is kept and applied', async ({ page }) => {
			const release = await holdFiles(page, /oews-national-20(19|2[0-4])\./);
			await openHydrated(page, '/compare');
			const box = '[data-section="payback"] li[data-soc="29-2033"] [data-input="tuition"]';
			await typeWhileHeld(page, box, '15000', release, () => expect(page.locator('#compare-trend')).toBeVisible());
			await expect(page).toHaveURL(/tuition_29-2033=15000/);
		});

		test('/pay: a salary typed while the work-setting and state files load is kept and applied', async ({ page }) => {
			const release = await holdFiles(page, /oews-(industry|state)-20\d\d\./);
			await openHydrated(page, '/pay');
			await typeWhileHeld(page, '#salary-input', '48780', release, () => expect(page.locator('#by-setting figure.chart').first()).toBeVisible());
			await expect(page).toHaveURL(/salary=48780/);
		});
	});
}
