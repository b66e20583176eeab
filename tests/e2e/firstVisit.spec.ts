import { expect, test } from '@playwright/test';

/**
 * On a first visit (no import kept in this browser, nothing known about its storage yet) the page shows the view its
 * address names as soon as it is interactive: a link followed from a mail or a slide never shows the defaults first.
 */
test('a first visit applies the address at hydration, before the browser storage is read', async ({ page }) => {
	// What the page shows in the first task after it becomes interactive (reading IndexedDB takes several).
	await page.addInitScript(() => {
		const w = window as unknown as { atHydration?: { present: string; chips: string[] } };
		new MutationObserver((_, observer) => {
			if (document.body.dataset.hydrated !== 'true') return;
			observer.disconnect();
			setTimeout(() => {
				w.atHydration = {
					present: document.querySelector('[data-action="present"]')?.getAttribute('href') ?? '',
					chips: [...document.querySelectorAll('[aria-label="Chosen careers"] li span')].map((s) => s.textContent?.trim() ?? '')
				};
			}, 0);
		}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] });
	});
	await page.goto('/compare?careers=29-2072,29-2033');
	const state = await (await page.waitForFunction(() => (window as unknown as { atHydration?: object }).atHydration)).jsonValue();
	expect(state).toEqual({ present: expect.stringMatching(/\/present\/?\?careers=29-2072,29-2033$/), chips: ['Medical Records Specialists', 'Nuclear Medicine Technologists'] });
});
