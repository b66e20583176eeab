/** What the work is, remote work and exposure to AI on /career/29-2072, /compare and /about, at phone and desktop widths. */
import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from './axe';
import { openAllTables, openTable } from './tableTwin';
import { noSideScroll, WIDTHS } from './widths';

const ONET_LINE = 'This page includes information from the O*NET 30.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.';

async function ready(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
}

async function axeClean(page: Page) {
	await openAllTables(page);
	await expectAxeClean(page);
}

for (const [name, use] of WIDTHS) {
	test.describe(name, () => {
		test.use(use);

		test('the coder career page says what the work is, whether it can be remote and how exposed it is to AI, each with its source', async ({ page }) => {
			// Opens every table twin and runs axe on a long page: slow on a loaded machine.
			test.slow();
			await ready(page, '/career/29-2072');
			const work = page.locator('[data-section="work"]');
			await expect(work.locator('h4').first()).toHaveText('Tasks (17)');
			await expect(work.locator('.tasks li')).toHaveCount(17);
			await expect(work.locator('[data-fact="job-zone"]')).toContainText('Job Zone 3: Medium Preparation Needed');
			await expect(work.locator('[data-fact="titles"]')).toContainText('Medical Records Coordinator');
			await work.locator('details.tech summary').click();
			await expect(work.locator('details.tech')).toContainText('3M Encoder');
			await expect(work.locator('[data-attribution="onet"]')).toContainText(ONET_LINE);

			const remote = page.locator('[data-section="remote"]');
			await expect(remote.locator('[data-fact="teleworkable"]')).toContainText('can be done at home');
			await expect(remote.locator('[data-fact="crosswalk"]')).toContainText('29-2071');
			await expect(remote.locator('[data-fact="crosswalk"]')).toContainText('29-2072 and 29-9021');
			await expect(remote.locator('[data-fact="remote-survey"]')).toContainText('55%');
			await expect(remote).toContainText('not a count of people working remotely');
			await expect(remote).toContainText('Dingel & Neiman');

			const ai = page.locator('[data-section="ai-exposure"]');
			await expect(ai.locator('[data-fact="eloundou"]')).toContainText('0.618');
			await expect(ai.locator('[data-fact="eloundou"]')).toContainText('0.559');
			await expect(ai.locator('[data-fact="microsoft"]')).toContainText('0.2706');
			await expect(ai).toContainText('not a forecast of job loss');
			await expect(ai).toContainText('Eloundou, Manning, Mishkin & Rock');
			await expect(ai).toContainText('Tomlinson');
			expect(await noSideScroll(page)).toBe(true);
			await axeClean(page);
		});

		test('/compare charts exposure to AI for the compared careers against the coding roles, with a table twin and sources', async ({ page }) => {
			test.slow();
			await ready(page, '/compare?careers=29-2072,29-2033,29-1071');
			const chart = page.locator('#compare-ai');
			await chart.scrollIntoViewIfNeeded();
			await expect(chart.locator('svg[role="img"]')).toBeVisible();
			await openTable(chart);
			await expect(chart.locator('tbody tr[data-soc="29-2072"]')).toContainText('0.618');
			await expect(chart.locator('tbody tr[data-soc="29-1071"]')).toHaveCount(2);
			await expect(chart.locator('tbody')).toContainText('Anesthesiologist Assistants (29-1071.01)');
			await expect(chart.locator('tbody tr[data-soc="29-9021"]')).toHaveCount(1);
			await expect(chart.locator('.chart-source')).toContainText('Eloundou');
			await expect(chart.locator('.chart-source')).toContainText('Tomlinson');
			await expect(page.locator('[data-section="ai-exposure"]')).toContainText('not a forecast of job loss');
			expect(await noSideScroll(page)).toBe(true);
			await axeClean(page);
		});
	});
}

test('several O*NET occupations under one SOC code are shown by name', async ({ page }) => {
	await ready(page, '/career/29-1071');
	await expect(page.locator('[data-section="work"] [data-onet]')).toHaveCount(2);
	await expect(page.locator('[data-section="work"]')).toContainText('Anesthesiologist Assistants (29-1071.01)');
});

test('/about carries the O*NET attribution and lists the new sources', async ({ page }) => {
	await ready(page, '/about');
	await expect(page.locator('[data-attribution="onet"]')).toContainText(ONET_LINE);
	for (const id of ['onet-30-2', 'eloundou-2024', 'tomlinson-2025', 'dingel-neiman-2020', 'oews-national-2019']) await expect(page.locator(`[data-source="${id}"]`)).toHaveCount(1);
});

test('the coder trend has a gap with its note for May 2019, like May 2020', async ({ page }) => {
	await ready(page, '/career/29-2072');
	const trend = page.locator('#career-trend');
	await trend.scrollIntoViewIfNeeded();
	await openTable(trend);
	await expect(trend.locator('table')).toContainText('In May 2019 BLS published this occupation only inside the combined code 29-2098.');
});

test('/compare trend switches to 2025 dollars (CPI-U), kept in the URL, and back', async ({ page }) => {
	await ready(page, '/compare?careers=29-2072,29-2033');
	const trend = page.locator('#compare-trend');
	await expect(trend.locator('.chart-subtitle')).not.toContainText('2025 dollars');
	await page.getByRole('radio', { name: '2025 dollars (CPI-U)' }).check();
	await expect(page).toHaveURL(/dollars=real/);
	await expect(trend.locator('.chart-subtitle')).toContainText('in 2025 dollars (CPI-U)');
	await expect(trend.locator('.chart-source')).toContainText('CPI-U');
	await page.getByRole('radio', { name: 'Dollars of each year' }).check();
	await expect(page).not.toHaveURL(/dollars=/);
	await ready(page, '/compare?careers=29-2072,29-2033&dollars=real');
	await expect(page.locator('#compare-trend .chart-subtitle')).toContainText('in 2025 dollars (CPI-U)');
});
