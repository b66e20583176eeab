/** The training payback calculator on /compare and career pages, at phone and desktop widths: inputs in the URL, stated assumptions, table, CSV. */
import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from './axe';
import { download, parseCsv } from './download';
import { openTable } from './tableTwin';
import { noSideScroll, openHydrated as ready, WIDTHS } from './widths';

const section = (page: Page) => page.locator('[data-section="payback"]');

for (const [name, use] of WIDTHS) {
	test.describe(name, () => {
		test.use(use);

		test('/compare: cumulative earnings of the compared careers against the reference, on stated assumptions, axe clean', async ({ page }) => {
			test.slow();
			await ready(page, '/compare');
			const s = section(page);
			await s.scrollIntoViewIfNeeded();
			await expect(s.locator('[data-note="assumptions"]')).toContainText('a calculation on stated assumptions, not a forecast: no raises, no taxes, no inflation');
			await expect(s.locator('[data-note="assumptions"]')).toContainText('Tuition is not included');
			await expect(s.locator('[data-note="assumptions"]')).toContainText('OEWS May 2025');
			await expect(s.locator('li[data-soc]')).toHaveCount(3);
			await expect(s.locator('li[data-soc="29-2033"] [data-input="years"]')).toHaveValue('2');
			await expect(s.locator('li[data-soc="29-2033"]')).toContainText("Associate's degree");
			await s.locator('details.mapping summary').click();
			await expect(s.locator('details.mapping')).toContainText("Master's degree: 6 years");
			const chart = s.locator('figure.chart');
			await expect(chart.locator('.chart-source')).toContainText('Occupational Employment and Wage Statistics, May 2025');
			await openTable(chart);
			await expect(chart.locator('tr[data-soc="29-2072"] [data-stat="overtakes"]')).toHaveText('reference');
			await expect(chart.locator('tr[data-soc="29-2033"] [data-stat="overtakes"]')).toHaveText('year 4');
			expect(await noSideScroll(page)).toBe(true);
			await expectAxeClean(page, '[data-section="payback"]');
		});

		test('/compare: every input goes into the URL, survives a reload and the CSV holds exactly the drawn points', async ({ page }) => {
			test.slow();
			await ready(page, '/compare');
			const s = section(page);
			await s.locator('li[data-soc="29-2033"] [data-input="tuition"]').fill('15000');
			await s.locator('li[data-soc="29-2033"] [data-input="tuition"]').press('Enter');
			await expect(page).toHaveURL(/tuition_29-2033=15000/);
			await s.locator('[data-input="horizon"]').fill('10');
			await s.locator('[data-input="horizon"]').press('Enter');
			await expect(page).toHaveURL(/horizon=10/);
			await s.getByLabel('75th percentile').check();
			await expect(page).toHaveURL(/pct=p75/);
			await page.reload();
			await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
			await expect(s.locator('[data-input="horizon"]')).toHaveValue('10');
			await expect(s.locator('li[data-soc="29-2033"] [data-input="tuition"]')).toHaveValue('15000');
			await expect(s.locator('[data-note="assumptions"]')).toContainText('Tuition not entered (counted as $0) for Medical Records Specialists, Physician Assistants');
			// Changing the comparison keeps the calculator's inputs.
			await page.getByLabel('Hourly', { exact: true }).check();
			await expect(page).toHaveURL(/pay=hourly/);
			await expect(page).toHaveURL(/horizon=10/);
			await expect(s.locator('[data-input="horizon"]')).toHaveValue('10');
			const chart = s.locator('figure.chart');
			const rows = parseCsv((await download(page, chart, 'csv')).text);
			expect(rows).toHaveLength(30);
			expect(rows.filter((r) => r.soc === '29-2033').map((r) => r.statistic)).toEqual(Array.from({ length: 10 }, (_, k) => `cumulative_earnings_year_${k + 1}`));
			expect(rows[0].note).toContain('75th percentile');
			expect(Number(rows.find((r) => r.soc === '29-2033')!.value)).toBe(-15000);
		});

		test('an unusable value in the link: the default and a notice', async ({ page }) => {
			await ready(page, '/compare?horizon=99&pct=p90');
			const s = section(page);
			await expect(s.locator('[data-notice="invalid-url"]')).toContainText('Horizon "99"');
			await expect(s.locator('[data-notice="invalid-url"]')).toContainText('Pay percentile "p90"');
			await expect(s.locator('[data-input="horizon"]')).toHaveValue('20');
		});

		test('career pages: a career against the coding role; the coding role against the featured comparisons', async ({ page }) => {
			await ready(page, '/career/29-2033');
			await expect(section(page).locator('li[data-soc]')).toHaveCount(2);
			await expect(section(page).locator('li[data-soc="29-2072"]')).toContainText('(reference)');
			expect(await noSideScroll(page)).toBe(true);
			await ready(page, '/career/29-2072');
			await expect(section(page).locator('li[data-soc]')).toHaveCount(3);
			await expect(section(page).locator('li[data-soc="29-1071"]')).toBeVisible();
			expect(await noSideScroll(page)).toBe(true);
		});
	});
}
