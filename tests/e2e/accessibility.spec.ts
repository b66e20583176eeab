import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openAllTables } from './tableTwin';

const pages = [
	'/',
	'/compare',
	'/compare?careers=29-2072,29-2036,29-1151&pay=hourly',
	'/careers',
	'/about',
	'/career/29-2072',
	'/career/29-1211',
	'/pay?career=29-2072',
	'/ladder',
	'/data',
	'/present?careers=29-2072,29-9021,29-2033,29-1071,29-1151,11-9111&slide=5',
	'/handout?careers=29-2072,29-9021,29-2033'
];

// Both widths: a phone (touch, the menu button, wrapped chips) and a desktop screen.
const widths = [
	{ name: 'phone', use: { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true } },
	{ name: 'desktop', use: { viewport: { width: 1280, height: 800 } } }
];

for (const width of widths) {
	test.describe(`at ${width.name} width`, () => {
		test.use(width.use);
		for (const path of pages) {
			test(`axe finds no serious or critical violation: ${path}`, async ({ page }) => {
				// axe over every open table of /pay or the overview takes a while on a shared machine.
				test.setTimeout(90_000);
				await page.goto(path);
				await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
				// Open every table twin so the tables are checked too.
				await openAllTables(page);
				const results = await new AxeBuilder({ page }).analyze();
				const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
				expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
			});
		}
	});
}
