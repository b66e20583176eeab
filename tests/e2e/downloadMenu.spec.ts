import { expect, test } from '@playwright/test';
import { openHydrated, WIDTHS } from './widths';

/** Pages whose charts and tables carry a Download menu, at a phone's width and a laptop's. */
const PAGES = ['/compare?careers=29-2072,29-2033,29-1071', '/career/29-2072', '/pay', '/'];

for (const [name, use] of WIDTHS) {
	test.describe(name, () => {
		test.use(use);
		for (const path of PAGES) {
			test(`every Download menu on ${path} opens fully on screen`, async ({ page }) => {
				await openHydrated(page, path);
				// /pay and the career page fetch their larger files after they mount, and draw those charts anew when they arrive.
				await page.waitForLoadState('networkidle');
				const toggles = page.locator('.export .toggle');
				await expect(toggles.first()).toBeVisible();
				const width = use.viewport.width;
				let opened = 0;
				for (let i = 0; i < (await toggles.count()); i++) {
					const toggle = toggles.nth(i);
					if (!(await toggle.isVisible())) continue;
					await toggle.scrollIntoViewIfNeeded();
					await toggle.click();
					await expect(toggle).toHaveAttribute('aria-expanded', 'true');
					const panel = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
					const box = (await panel.boundingBox())!;
					expect(box.x, `menu ${i + 1}: left edge`).toBeGreaterThanOrEqual(0);
					expect(box.x + box.width, `menu ${i + 1}: right edge`).toBeLessThanOrEqual(width);
					// Its first choice can be tapped where it is drawn.
					await expect(panel.locator('button').first()).toBeInViewport();
					await toggle.click();
					opened++;
				}
				expect(opened).toBeGreaterThan(0);
			});
		}
	});
}
