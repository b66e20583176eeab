/**
 * The deck, the handout and the embeds prerender only the latest release and fetch the others after they mount: until
 * those arrive, a slide or embed of the trend says it is loading (one release is no trend), and a link naming an older
 * release shows the latest, named as such, with a note that the one asked for is on its way.
 */
import { expect, test } from '@playwright/test';
import { latestMedian } from './figures';
import { holdFiles } from './holdFiles';
import { openHydrated } from './widths';

const EARLIER = /oews-national-20(19|2[0-4])\./;

test('the trend slide says it is loading until every release is in, then draws the trend and its headline', async ({ page }) => {
	const release = await holdFiles(page, EARLIER);
	await openHydrated(page, '/present?careers=29-2072,29-2033&slide=2');
	const slide = page.locator('[data-slide="trend"]');
	await expect(slide.getByRole('status')).toHaveText('Loading earlier releases…');
	await expect(slide.locator('.headline')).toHaveText('Pay across releases');
	await expect(slide.locator('svg[role="img"]')).toHaveCount(0);
	release();
	await expect(page.locator('#present-trend svg[role="img"]')).toBeVisible();
	await expect(slide.locator('.headline')).toContainText(`→ ${latestMedian('29-2072', 'annual')} (May 2025)`);
});

test('the trend embed says it is loading until every release is in, then draws the trend', async ({ page }) => {
	const release = await holdFiles(page, EARLIER);
	await openHydrated(page, '/embed/trend?careers=29-2072,29-2033');
	await expect(page.getByRole('status')).toHaveText('Loading earlier releases…');
	release();
	await expect(page.locator('#embed-trend svg[role="img"]')).toBeVisible();
	await expect(page.getByRole('status')).toHaveCount(0);
});

test('a handout naming an older release shows the latest, says so, then prints the one asked for', async ({ page }) => {
	const release = await holdFiles(page, EARLIER);
	await openHydrated(page, '/handout?career=29-2072&release=2023');
	await expect(page.locator('[data-release-pending]')).toHaveText('Loading OEWS May 2023…');
	await expect(page.locator('.meta')).toContainText('pay: OEWS May 2025');
	await expect(page.locator('[data-fact="median"]')).toContainText(latestMedian('29-2072', 'annual'));
	release();
	// national_M2023_dl, 29-2072: A_MEDIAN 48780.
	await expect(page.locator('.meta')).toContainText('pay: OEWS May 2023');
	await expect(page.locator('[data-fact="median"]')).toContainText('$48,780');
	await expect(page.locator('[data-release-pending]')).toHaveCount(0);
});
