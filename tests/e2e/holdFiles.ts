/** Holding a page's later files back, to see what it shows before they arrive. */
import type { Page } from '@playwright/test';

/** Holds back the responses for files matching `pattern` until the returned function is called. */
export async function holdFiles(page: Page, pattern: RegExp) {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(pattern, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}
