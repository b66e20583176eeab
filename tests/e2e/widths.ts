/** The two widths specs check a page at (a phone and a desktop), and helpers they share. */
import type { Page } from '@playwright/test';

export const WIDTHS = [
	['375 px', { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true }],
	['1280 px', { viewport: { width: 1280, height: 800 } }]
] as const;

/** Opens a page and waits until it is interactive. */
export async function openHydrated(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
}

/** True when the page has no horizontal scroll. */
export const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
