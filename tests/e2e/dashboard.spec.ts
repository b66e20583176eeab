import { expect, test, type Page } from '@playwright/test';
import { latestMedian, latestYear } from './figures';

/** Waits until Svelte has hydrated the page, so that keyboard and URL behaviour are live. */
async function ready(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
}

test('overview answers what coders earn against nuclear medicine technologists and anesthesiologist assistants', async ({ page }) => {
	await ready(page, '/');
	await expect(page.locator('[data-figure="coder-median"]')).toHaveText(latestMedian('29-2072', 'annual'));
	const lede = page.locator('.lede').first();
	await expect(lede).toContainText('nuclear medicine technologists earn');
	await expect(lede).toContainText(latestMedian('29-2033', 'annual'));
	await expect(lede).toContainText('anesthesiologist assistants');
	await expect(lede).toContainText(latestMedian('29-1071', 'annual'));
	await expect(page.locator('#overview-pay svg[role="img"]')).toHaveAttribute('aria-label', /Medical Records Specialists/);
});

test('find "medical coder" by keyboard, compare with a nuclear medicine technologist, toggle hourly, reload', async ({ page }) => {
	await ready(page, '/');
	await page.getByRole('combobox', { name: /find a career/i }).focus();
	await page.keyboard.type('medical coder');
	await expect(page.getByRole('option').first()).toContainText('Medical Records Specialists');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/career\/29-2072\/?$/);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await expect(page.locator('[data-fact="median"] strong')).toHaveText(latestMedian('29-2072', 'annual'));

	await ready(page, '/compare?careers=29-2072');
	const add = page.getByRole('combobox', { name: /add a career/i });
	await add.focus();
	await page.keyboard.type('nuclear medicine');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/careers=29-2072,29-2033/);

	await page.getByRole('radio', { name: 'Hourly' }).focus();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/pay=hourly/);
	const versus = page.locator('[data-table="versus"]');
	await expect(versus.locator('tr[data-soc="29-2072"] [data-stat="median"]')).toHaveText(latestMedian('29-2072', 'hourly'));
	await expect(versus.locator('tr[data-soc="29-2033"] [data-stat="median"]')).toHaveText(latestMedian('29-2033', 'hourly'));

	await page.reload();
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await expect(page.getByRole('radio', { name: 'Hourly' })).toBeChecked();
	await expect(versus.locator('tr[data-soc="29-2033"] [data-stat="median"]')).toHaveText(latestMedian('29-2033', 'hourly'));
	await expect(page.getByRole('list', { name: 'Chosen careers' }).getByRole('listitem')).toHaveCount(2);
});

test('the table twin holds the same figures as the chart says', async ({ page }) => {
	await ready(page, `/compare?careers=29-2072,29-2036&release=${latestYear}`);
	const chart = page.locator('#compare-pay');
	await chart.getByText('Table: the numbers behind this chart').click();
	const row = chart.locator('tr[data-soc="29-2036"]');
	await expect(row).toContainText(latestMedian('29-2036', 'annual'));
	await expect(chart.locator('svg[role="img"]')).toHaveAttribute('aria-label', new RegExp(latestMedian('29-2036', 'annual').replace('$', '\\$')));
});

test('a table twin opened before the page is interactive stays open, with its rows', async ({ page }) => {
	// Hold the page's code back until the reader has opened the table, as on a slow phone.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/entry/start.*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	const chart = page.locator('#overview-pay');
	await chart.getByText('Table: the numbers behind this chart').click();
	release();
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await expect(chart.locator('details.table-twin')).toHaveJSProperty('open', true);
	await expect(chart.locator('tr[data-soc="29-2072"]')).toContainText(latestMedian('29-2072', 'annual'));
});

test('chart tooltips follow keyboard focus', async ({ page }) => {
	await ready(page, '/compare');
	const svg = page.locator('#compare-pay svg[role="img"]');
	await svg.focus();
	await expect(page.locator('#compare-pay .tooltip')).toContainText('Medical Records Specialists');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#compare-pay .tooltip')).toContainText('Nuclear Medicine Technologists');
	await page.keyboard.press('Escape');
	await expect(page.locator('#compare-pay .tooltip')).toHaveCount(0);
});

test.describe('invalid parameters fall back to defaults with a visible notice', () => {
	for (const [search, words] of [
		['?careers=99-9999', 'Unknown career'],
		['?release=1999', 'Release "1999"'],
		['?pay=weekly', 'annual or hourly']
	]) {
		test(search, async ({ page }) => {
			await ready(page, `/compare${search}`);
			await expect(page.locator('[data-notice="invalid-url"]')).toContainText(words);
			await expect(page.locator('#compare-pay svg[role="img"]')).toBeVisible();
		});
	}
});

for (const path of ['/', '/compare', '/careers', '/about', '/career/29-2072', '/career/29-1071']) {
	test(`no horizontal scroll at 375 px: ${path}`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await ready(page, path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}

test('adding the sixth career by keyboard keeps focus in the search box, which then says it is full; removing one opens it again', async ({ page }) => {
	await ready(page, '/compare?careers=29-2072,29-2033,29-1071,29-2035,29-1124');
	const add = page.getByRole('combobox', { name: /add a career \(5 of 6\)/i });
	await add.focus();
	await page.keyboard.type('dosimetrist');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/careers=29-2072,29-2033,29-1071,29-2035,29-1124,\d{2}-\d{4}/);
	const full = page.getByRole('combobox', { name: /add a career \(6 of 6\)/i });
	await expect(full).toBeFocused();
	await expect(full).toHaveAttribute('aria-disabled', 'true');
	await expect(full).toHaveAccessibleDescription('6 careers chosen: remove one to add another.');
	// Typing into the full box adds nothing.
	await page.keyboard.type('coder');
	await expect(full).toHaveValue('');
	await page.getByRole('button', { name: 'Remove Medical Records Specialists' }).click();
	const open = page.getByRole('combobox', { name: /add a career \(5 of 6\)/i });
	await expect(open).not.toHaveAttribute('aria-disabled', 'true');
	await expect(open).toBeEditable();
});
