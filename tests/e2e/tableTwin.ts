/** Opening a chart's table twin as a reader does; its rows are built when it opens. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the table twin of one chart (a figure) and waits for its table. */
export async function openTable(chart: Locator) {
	const details = chart.locator('details.table-twin');
	if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator('summary').click();
	await expect(details.locator('table')).toHaveCount(1);
}

/** Opens every table twin on the page (for checks that read all tables) and waits until each has built its contents. */
export async function openAllTables(page: Page) {
	// Charts drawn from data fetched in the browser (e.g. the trend) appear later, with their table closed: open again until none is left.
	await page.waitForLoadState('networkidle');
	await expect(async () => {
		await page.locator('details.table-twin').evaluateAll((all) => all.forEach((el) => ((el as HTMLDetailsElement).open = true)));
		await expect(page.locator('details.table-twin:not(:has(> .table-scroll))')).toHaveCount(0, { timeout: 1_000 });
	}).toPass();
}
