/** Pay adjusted for prices on /pay (state means ÷ BEA price parity) and in 2025 dollars on a career page, at phone and desktop widths. */
import { expect, test } from '@playwright/test';
import { expectAxeClean } from './axe';
import { download, parseCsv } from './download';
import { openTable } from './tableTwin';
import { noSideScroll, openHydrated, WIDTHS } from './widths';

/** The state file (~1 MB) and the older national releases load in the browser after hydration. */
const LOADED = { timeout: 30_000 };

// Computed by hand from ../shared/data/raw: state_M2023_dl_reduced-5col_semicolon.csv line 327,
// "Alabama;29-2072;Medical Records Specialists;20.66;42,970", and bea_sarpp_state_2008_2024.csv line 3
// (GeoFIPS 01000, LineCode 1 "RPPs: All items"), column 2023: 89.097. 42,970 / (89.097 / 100) = 48,228.34.
const ALABAMA = { mean: '$42,970', rpp: '89.097', adjusted: '$48,228', adjustedCsv: '48228.34' };
// 29-2072, OEWS May 2021 median $46,660 × CPI-U 2025 321.943 / CPI-U 2021 270.970 = $55,437 (cpi_u_CUUR0000SA0_annual_2005_2025.csv).
const CODER_2021_IN_2025_DOLLARS = '$55,437';

for (const [name, use] of WIDTHS) {
	test.describe(name, () => {
		test.use(use);

		test('/pay: the state map switches to means divided by the BEA price parity of 2023, in title, tooltip, table and CSV', async ({ page }) => {
			test.slow();
			await openHydrated(page, '/pay?career=29-2072');
			const map = page.locator('#state-map');
			await expect(map.locator('tr[data-postal="AL"] [data-stat="mean"]')).toHaveText(ALABAMA.mean, LOADED);
			await page.getByRole('radio', { name: 'Mean ÷ BEA price parity 2023' }).check();
			await expect(page).toHaveURL(/prices=rpp/);
			await expect(map.locator('.chart-title')).toHaveText('Pay by location, adjusted for prices: Medical Records Specialists');
			await expect(map.locator('.chart-subtitle')).toContainText('Mean annual wage divided by the BEA Regional Price Parity of 2023 (all items, U.S. = 100)');
			await expect(map.locator('.chart-source')).toContainText('U.S. Bureau of Economic Analysis, Regional Price Parities by state (SARPP)');
			await expect(page.locator('[data-note="rpp"]')).toContainText('The parity year is the state file\'s own year (2023');

			// The ranked table: the adjusted figure, with the published mean and the parity beside it.
			const al = map.locator('tr[data-postal="AL"]');
			await expect(al.locator('[data-stat="mean_divided_by_rpp_2023"]')).toHaveText(ALABAMA.adjusted);
			await expect(al.locator('[data-stat="mean"]')).toHaveText(ALABAMA.mean);
			await expect(al.locator('[data-stat="rpp"]')).toHaveText(ALABAMA.rpp);
			await expect(map.locator('tr[data-postal="PR"]')).toContainText('no BEA price parity for territories');
			await expect(map.locator('thead')).toContainText('Mean ÷ BEA price parity 2023');

			// The map says the same: legend and the first tooltip (Alabama, the first state drawn).
			const svg = map.locator('svg[role="img"]');
			await expect(svg.locator('path[data-postal]')).toHaveCount(51, LOADED);
			await expect(map.locator('.legend')).toContainText('Mean ÷ BEA price parity 2023:');
			// Keyboard reading: Home goes to the first mark; the pointer is moved off the map first, so a shape
			// scrolled under it cannot take the tooltip.
			await page.mouse.move(0, 0);
			await svg.focus();
			await page.keyboard.press('Home');
			await expect(map.locator('.tooltip')).toContainText(`Alabama`);
			await expect(map.locator('.tooltip')).toContainText(`Mean ÷ BEA price parity 2023 ${ALABAMA.adjusted}`);
			await expect(map.locator('.tooltip')).toContainText(`Published mean ${ALABAMA.mean}, price parity ${ALABAMA.rpp}`);

			const csv = await download(page, map, 'csv');
			expect(csv.name).toBe('mean-divided-by-rpp-2023-by-state_29-2072_oews-may-2023_annual.csv');
			const rows = parseCsv(csv.text).filter((r) => r.area === 'Alabama');
			expect(rows.map((r) => [r.statistic, r.value])).toEqual([
				['mean_divided_by_rpp_2023', ALABAMA.adjustedCsv],
				['mean', '42970'],
				['rpp_all_items_2023', ALABAMA.rpp]
			]);
			expect(rows[0].chart).toBe('Pay by location, adjusted for prices: Medical Records Specialists');
			const meta = JSON.parse((await download(page, map, 'metadata')).text);
			expect(meta.file).toBe(csv.name);
			expect(meta.statistics.map((s: { name: string }) => s.name)).toContain('mean_divided_by_rpp_2023');
			expect(meta.sources.map((s: { id: string }) => s.id)).toEqual(['oews-state-2023', 'bea-rpp-2023']);

			// The link keeps the choice.
			await page.reload();
			await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
			await expect(map.locator('tr[data-postal="AL"] [data-stat="mean_divided_by_rpp_2023"]')).toHaveText(ALABAMA.adjusted, LOADED);
			expect(await noSideScroll(page)).toBe(true);
			await openTable(map);
			await expectAxeClean(page, '#by-location');
		});

		test('career page: the trend switches to 2025 dollars (CPI-U), labelled, and the link keeps it', async ({ page }) => {
			test.slow();
			await openHydrated(page, '/career/29-2072');
			const trend = page.locator('#career-trend');
			await trend.scrollIntoViewIfNeeded();
			await expect(trend.locator('.chart-subtitle')).not.toContainText('2025 dollars', LOADED);
			await page.getByRole('radio', { name: '2025 dollars (CPI-U)' }).check();
			await expect(page).toHaveURL(/dollars=real/);
			await expect(trend.locator('.chart-subtitle')).toContainText('in 2025 dollars (CPI-U)');
			await expect(trend.locator('.chart-source')).toContainText('Deflated with the BLS CPI-U (all items, U.S. city average) annual average of each reference year');
			await openTable(trend);
			await expect(trend.locator('tr[data-soc="29-2072"]')).toContainText(CODER_2021_IN_2025_DOLLARS);
			const csv = await download(page, trend, 'csv');
			expect(csv.name).toContain('in-2025-dollars-cpi-u');
			expect(new Set(parseCsv(csv.text).map((r) => r.statistic))).toEqual(new Set(['median_in_2025_dollars_cpi_u']));

			await page.reload();
			await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
			await expect(page).toHaveURL(/dollars=real/);
			await expect(page.locator('#career-trend .chart-subtitle')).toContainText('in 2025 dollars (CPI-U)', LOADED);
			await expect(page.getByRole('radio', { name: '2025 dollars (CPI-U)' })).toBeChecked();
			expect(await noSideScroll(page)).toBe(true);
			await openTable(page.locator('#career-trend'));
			await expectAxeClean(page, '#career-trend');
		});
	});
}
