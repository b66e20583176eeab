import { expect, test } from '@playwright/test';

/** Every page hydrates what the server wrote: no Svelte warning or error in the console, with and without a query. */
const PAGES = [
	'/',
	'/?pay=hourly&release=2023',
	'/careers',
	'/compare',
	'/compare?careers=29-2072,29-1071&release=2021&dollars=real',
	'/career/29-2072',
	'/career/29-1071?release=2023',
	'/pay',
	'/pay?career=29-2036&prices=rpp',
	'/ladder?pay=hourly',
	'/explore',
	'/present',
	'/handout',
	'/embed/pay',
	'/embed/growth',
	'/data',
	'/about'
];

test('no page logs a hydration mismatch or any other Svelte warning or error', async ({ page }) => {
	test.setTimeout(90_000);
	const messages: string[] = [];
	let at = '';
	page.on('console', (m) => {
		if (m.type() === 'warning' || m.type() === 'error') messages.push(`${at}: ${m.text().split('\n')[0]}`);
	});
	page.on('pageerror', (e) => messages.push(`${at}: ${e.message}`));
	for (at of PAGES) {
		await page.goto(at);
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		// Late parts (every release, industry and state files) arrive after hydration; their render must not warn either.
		await page.waitForLoadState('networkidle');
	}
	expect(messages).toEqual([]);
});
