import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { importTidyWages } from '../../src/lib/data/tidyWages';
import { formatWage } from '../../src/lib/format';

/** The industry (~3 MB), state (~1 MB) and older national files load and parse in the browser after hydration. */
const LOADED = { timeout: 30_000 };
// The same reason, and axe on four charts: these tests need more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Waits until Svelte has hydrated the page, so that keyboard and URL behaviour are live. */
async function ready(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
}

// Published figures, read from data/ with the app's importer, so the screen is compared with the data.
const read = (file: string) => importTidyWages(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'), file).rows;
const industry = read('oews-industry-2024.csv');
const states = read('oews-state-2023.csv');
const carriers = industry.find((r) => r.soc === '29-2072' && r.naics === '524100')!;
const stateMean = (area: string) => formatWage(states.find((r) => r.soc === '29-2072' && r.area === area)!.annual.mean, 'annual');

test('data truth behind the checks: insurance carriers $63,790 (May 2024); Alabama $42,970 and California $64,070 (May 2023)', () => {
	expect(formatWage(carriers.annual.median, 'annual')).toBe('$63,790');
	expect(stateMean('Alabama')).toBe('$42,970');
	expect(stateMean('California')).toBe('$64,070');
});

test('the 29-2072 setting view shows insurance carriers at $63,790 (OEWS May 2024)', async ({ page }) => {
	await ready(page, '/pay?career=29-2072');
	const chart = page.locator('#settings-29-2072');
	await expect(chart.locator('.chart-subtitle')).toContainText('OEWS May 2024, national, by industry', LOADED);
	await expect(chart.locator('tr[data-naics="524100"] [data-stat="median"]')).toHaveText('$63,790');
	await expect(chart.locator('svg[role="img"]')).toHaveAttribute('aria-label', /Insurance Carriers \$63,790 \(4,430 jobs\)/);
	// Sorting by median is kept in the URL.
	await page.getByRole('radio', { name: 'Median pay' }).check();
	await expect(page).toHaveURL(/sort=median/);
});

test('the map table shows Alabama $42,970 and California $64,070 (May 2023 means), with DC and the territories', async ({ page }) => {
	await ready(page, '/pay');
	const section = page.locator('#by-location');
	await expect(section).toContainText('These are mean wages (averages), not medians: only means were available by state for May 2023.');
	const table = section.locator('[data-table="states"]');
	await expect(table.locator('tr[data-postal="AL"] [data-stat="mean"]')).toHaveText('$42,970', LOADED);
	await expect(table.locator('tr[data-postal="CA"] [data-stat="mean"]')).toHaveText('$64,070');
	for (const postal of ['DC', 'PR', 'GU', 'VI']) await expect(table.locator(`tr[data-postal="${postal}"]`)).toHaveCount(1);
	await expect(table.locator('tbody tr')).toHaveCount(54);
	await expect(section.locator('svg[role="img"] path[data-postal]')).toHaveCount(51, LOADED);
	await expect(section).toContainText(/Not drawn[^.]*Puerto Rico/);
	// Sorting by name and picking a state are kept in the URL.
	await table.getByRole('button', { name: 'State or territory' }).click();
	await expect(page).toHaveURL(/order=name/);
	await expect(table.locator('tbody tr').first()).toHaveAttribute('data-postal', 'AL');
	await page.getByLabel('State or territory', { exact: true }).selectOption('CA');
	await expect(page).toHaveURL(/state=CA/);
	await expect(table.locator('tr.selected')).toHaveAttribute('data-postal', 'CA');
});

test('the credential view labels every figure with its survey year', async ({ page }) => {
	await ready(page, '/pay');
	const chart = page.locator('#survey-credential');
	const rows = chart.locator('svg g.row');
	const count = await rows.count();
	expect(count).toBeGreaterThan(5);
	for (let i = 0; i < count; i++) {
		const row = rows.nth(i);
		const year = await row.getAttribute('data-survey-year');
		expect(year).toMatch(/^(19|20)\d\d$/);
		await expect(row.locator('text')).toContainText(`${year} survey`);
	}
	await expect(chart).toContainText('BLS median, May 2025 (all medical records specialists)');
	await page.getByLabel('Survey breakdown').selectOption('experience');
	await expect(page).toHaveURL(/dim=experience/);
	await expect(page.locator('#survey-experience svg g.row').first()).toContainText(/20\d\d survey/);
});

test('entering $48,780 for 29-2072 in May 2023 shows "about the 50th percentile", and a reload keeps it', async ({ page }) => {
	await ready(page, '/pay?career=29-2072&release=2023');
	await page.getByLabel(/Your salary or offer/).fill('$48,780');
	await page.getByRole('button', { name: 'Show where it falls' }).click();
	await expect(page).toHaveURL(/salary=48780/);
	const result = page.locator('[data-result="percentile"]');
	await expect(result).toContainText('about the 50th percentile', LOADED);
	await expect(result).toContainText('OEWS May 2023');
	await expect(page.locator('#fall-pay svg[role="img"]')).toBeVisible();
	await expect(page.locator('#fall-pay .marker-label')).toHaveText('You: $48,780');

	await page.getByLabel('State (for context)').selectOption('AL');
	await page.getByLabel('Credential (survey context)').selectOption('CPC');
	await expect(page.locator('[data-context="state"]')).toContainText('$42,970', LOADED);
	await expect(page.locator('[data-context="survey"]')).toContainText(/AAPC 20\d\d survey: mean/);

	const before = new URL(page.url()).search;
	await page.reload();
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	expect(new URL(page.url()).search).toBe(before);
	await expect(result).toContainText('about the 50th percentile', LOADED);
	await expect(page.getByLabel('State (for context)')).toHaveValue('AL');
	await expect(page.getByLabel('Credential (survey context)')).toHaveValue('CPC');
	await expect(page.getByLabel(/Your salary or offer/)).toHaveValue('48780');
});

test('URL round trip: a second career, hourly pay and a state survive a reload', async ({ page }) => {
	await ready(page, '/pay?career=29-2072&vs=29-9021&pay=hourly&state=CA&sort=median');
	await expect(page.locator('#settings-29-9021')).toBeVisible(LOADED);
	await expect(page.locator('#settings-29-2072 .chart-subtitle')).toContainText('Hourly');
	await page.reload();
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await expect(page.getByLabel('Side by side with')).toHaveValue('29-9021');
	await expect(page.getByRole('radio', { name: 'Hourly' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'Median pay' })).toBeChecked();
	await expect(page.locator('#by-location tr.selected')).toHaveAttribute('data-postal', 'CA', LOADED);
});

test('invalid parameters fall back to defaults with a visible notice', async ({ page }) => {
	await ready(page, '/pay?career=99-9999&salary=lots&state=ZZ');
	const notice = page.locator('[data-notice="invalid-url"]');
	await expect(notice).toContainText('Unknown career code');
	await expect(notice).toContainText('Salary "lots"');
	await expect(notice).toContainText('State "ZZ"');
});

test('the ladder names the steps, says where coding auditors are counted, and what is not in the data', async ({ page }) => {
	await ready(page, '/ladder');
	await expect(page.locator('[data-step]')).toHaveCount(4);
	const auditor = page.locator('[data-step="auditor"]');
	await expect(auditor).toContainText('No separate BLS code');
	await expect(auditor).toContainText('counted within Medical Records Specialists (29-2072)');
	await expect(page.locator('[data-step="technologist"]')).toContainText('RHIT: requirement: no public source recorded');
	await expect(auditor).toContainText('within Compliance Officers (13-1041) — not in this data');
	await expect(auditor).toContainText('no public source recorded');
	await expect(page.locator('#ladder-pay tbody tr')).toHaveCount(3);
	await expect(page.locator('#ladder-training svg[role="img"]')).toBeVisible();
});

for (const path of ['/pay', '/pay?career=29-2072&vs=29-9021&salary=48780&state=AL&cred=CPC', '/ladder']) {
	test(`no horizontal scroll at 375 px: ${path}`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await ready(page, path);
		await page.waitForLoadState('networkidle');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}

for (const path of ['/pay', '/pay?career=29-2072&vs=29-9021&salary=48780&release=2023&state=AL&cred=CPC', '/ladder']) {
	test(`axe finds no serious or critical violation: ${path}`, async ({ page }) => {
		// Axe checks every mark, row and label of four charts and a 54-row table.
		test.setTimeout(150_000);
		await ready(page, path);
		await page.waitForLoadState('networkidle');
		await expect(page.locator('#state-map svg[role="img"], [data-step]').first()).toBeVisible(LOADED);
		for (const d of await page.locator('details.table-twin').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
	});
}
