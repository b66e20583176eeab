import { expect, test } from '@playwright/test';

test('home page renders a heading and a title without console errors', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));

	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	expect((await page.title()).trim()).not.toBe('');
	// Let hydration and any start-up fetches finish before judging the console.
	await page.waitForLoadState('networkidle');
	expect(errors, errors.join('\n')).toEqual([]);
});
