import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openAllTables } from './tableTwin';

const pages = ['/', '/compare', '/compare?careers=29-2072,29-2036,29-1151&pay=hourly', '/careers', '/about', '/career/29-2072', '/career/29-1211'];

for (const path of pages) {
	test(`axe finds no serious or critical violation: ${path}`, async ({ page }) => {
		await page.goto(path);
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		// Open every table twin so the tables are checked too.
		await openAllTables(page);
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
	});
}
