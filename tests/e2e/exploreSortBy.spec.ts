import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const table = (page: Page) => page.locator('[data-table="explore"]');

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await expect(page.locator('[data-count]')).toHaveText(/ of 830 occupations/, { timeout: 15_000 });
}

/** The published medians of the first rows drawn, in table order (rows without a published median left out). */
const firstMedians = (page: Page) =>
	table(page)
		.locator('tbody tr[data-soc] td[data-col="median"]')
		.evaluateAll((tds) => tds.slice(0, 8).map((td) => Number((td as HTMLElement).dataset.value)).filter((n) => Number.isFinite(n) && n > 0));

test.describe('on a phone (375 px, touch)', () => {
	test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

	test('"Sort by" sorts the table, writes the same address as a header tap, and the address reopens it', async ({ page }) => {
		await open(page, '/explore?group=all');
		const sortBy = page.getByRole('combobox', { name: 'Sort by', exact: true });
		const order = page.getByRole('combobox', { name: 'Order', exact: true });
		await expect(sortBy).toBeVisible();
		await expect(sortBy).toHaveValue('soc');
		await expect(order).toHaveValue('asc');

		// A number starts high to low, as a first tap on its header does.
		await sortBy.selectOption('median');
		await expect(page).toHaveURL(/sort=median&dir=desc/);
		await expect(order).toHaveValue('desc');
		let medians = await firstMedians(page);
		expect(medians.length).toBeGreaterThan(3);
		expect(medians).toEqual(medians.toSorted((a, b) => b - a));

		await order.selectOption('asc');
		// Ascending is the default direction, so the address leaves it out.
		await expect(page).toHaveURL(/sort=median/);
		await expect(page).not.toHaveURL(/dir=/);
		await expect.poll(async () => (await firstMedians(page)).join()).not.toBe(medians.join());
		medians = await firstMedians(page);
		expect(medians).toEqual(medians.toSorted((a, b) => a - b));

		// The address reopens the same sort, shown in the control.
		const url = page.url();
		await open(page, url);
		await expect(page.getByRole('combobox', { name: 'Sort by', exact: true })).toHaveValue('median');
		await expect(page.getByRole('combobox', { name: 'Order', exact: true })).toHaveValue('asc');
		expect(await firstMedians(page)).toEqual(medians);

		// A header tap writes the same parameters, and the control follows it.
		await page.locator('[data-sort="title"]').tap();
		await expect(page).toHaveURL(/sort=title/);
		await expect(page).not.toHaveURL(/dir=/);
		await expect(page.getByRole('combobox', { name: 'Sort by', exact: true })).toHaveValue('title');
		await expect(page.getByRole('combobox', { name: 'Order', exact: true })).toHaveValue('asc');
	});

	test('"Sort by" offers the shown columns, and a sort by a column not shown says so', async ({ page }) => {
		await open(page, '/explore?cols=median,education&sort=openings&dir=desc');
		const labels = await page.getByRole('combobox', { name: 'Sort by', exact: true }).locator('option').allTextContents();
		expect(labels).toEqual(['Occupation', 'SOC code', 'Median', 'Typical entry education', 'Openings a year (not shown)']);
		await expect(page.getByRole('combobox', { name: 'Sort by', exact: true })).toHaveValue('openings');
	});

	test('axe finds no serious or critical violation with "Sort by" shown', async ({ page }) => {
		test.setTimeout(90_000);
		await open(page, '/explore?q=nurse&sort=median&dir=desc');
		await expect(page.getByRole('combobox', { name: 'Sort by', exact: true })).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
	});
});

test('on a wide screen with a mouse the header buttons sort and "Sort by" is not shown', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page, '/explore');
	await expect(page.locator('[data-control="sort-by"]')).toBeHidden();
	await page.locator('[data-sort="median"]').click();
	await expect(page).toHaveURL(/sort=median&dir=desc/);
});
