import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { download, EXPORT_HEADER, PAY_RANGE_ROWS, parseCsv } from './download';
import { parseCsv as readCsv } from './expectedMedians';
import { latestYear } from './figures';
import { openAllTables, openTable } from './tableTwin';

/** The industry (~3 MB), state (~1 MB) and older national files load and parse in the browser after hydration. */
const LOADED = { timeout: 30_000 };
// The same reason, and axe on four charts: these tests need more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Waits until Svelte has hydrated the page, so that keyboard and URL behaviour are live. */
async function ready(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
}

// The figures below are literals from the published tables:
// - nat4d_M2024_dl (extract), NAICS 524100 Insurance Carriers, OCC_CODE 29-2072: A_MEDIAN 63790, TOT_EMP 4430;
// - state_M2023_dl (reduced), 29-2072: Alabama A_MEAN 42,970, California A_MEAN 64,070.
// This check reads the shipped data/ with the spec's own CSV reader (none of the app's code), so a failure
// below says whether the screen or the shipped file differs from BLS.
const shipped = (file: string, soc: string, key: (r: Record<string, string>) => boolean) =>
	readCsv(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')).find((r) => r.soc === soc && r.unit === 'usd_per_year' && key(r))?.value;

test('data truth behind the checks: insurance carriers $63,790 (May 2024); Alabama $42,970 and California $64,070 (May 2023)', () => {
	expect(shipped('oews-industry-2024.csv', '29-2072', (r) => r.naics === '524100' && r.statistic === 'median')).toBe('63790');
	expect(shipped('oews-state-2023.csv', '29-2072', (r) => r.area === 'Alabama' && r.statistic === 'mean')).toBe('42970');
	expect(shipped('oews-state-2023.csv', '29-2072', (r) => r.area === 'California' && r.statistic === 'mean')).toBe('64070');
});

test('the 29-2072 setting view shows insurance carriers at $63,790 (OEWS May 2024), its file read in a worker', async ({ page }) => {
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	await ready(page, '/pay?career=29-2072');
	const chart = page.locator('#settings-29-2072');
	await expect(chart.locator('.chart-subtitle')).toContainText('OEWS May 2024, national, by industry', LOADED);
	await openTable(chart);
	await expect(chart.locator('tr[data-naics="524100"] [data-stat="median"]')).toHaveText('$63,790');
	await expect(chart.locator('svg[role="img"]')).toHaveAttribute('aria-label', /Insurance Carriers \$63,790 \(4,430 jobs\)/);
	// The industry and state files are parsed off the page's thread, one worker for each.
	expect(workers).toHaveLength(2);
	expect(workers.every((url) => /\/workers\/wagesWorker-[\w-]+\.js$/.test(url))).toBe(true);
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

test.describe('Download menus', () => {
	test('each of the three charts offers CSV, SVG and PNG', async ({ page }) => {
		await ready(page, '/pay');
		for (const id of ['settings-29-2072', 'state-map', 'survey-credential']) {
			const chart = page.locator(`#${id}`);
			const toggle = chart.getByRole('button', { name: /^Download: / });
			await expect(toggle, id).toBeVisible(LOADED);
			await toggle.click();
			for (const item of ['csv', 'svg', 'png']) await expect(chart.locator(`[data-export="${item}"]`), `${id} ${item}`).toBeVisible();
			await toggle.click();
		}
	});

	test('the 29-2072 settings CSV has insurance carriers at a median of 63790 (May 2024), one set of rows per table row', async ({ page }) => {
		await ready(page, '/pay?career=29-2072');
		const chart = page.locator('#settings-29-2072');
		await expect(chart.getByRole('button', { name: /^Download: / })).toBeVisible(LOADED);
		const file = await download(page, chart, 'csv');
		expect(file.name).toBe('pay-by-setting_29-2072_oews-may-2024_annual.csv');
		const rows = parseCsv(file.text);
		expect(Object.keys(rows[0])).toEqual(EXPORT_HEADER);
		expect(rows.find((r) => r.naics === '524100' && r.statistic === 'median')).toMatchObject({
			source_id: 'oews-industry-2024',
			release: 'May 2024',
			area: 'U.S.',
			industry: 'Insurance Carriers',
			own_code: '5',
			soc: '29-2072',
			unit: 'usd_per_year',
			value: '63790'
		});
		await openTable(chart);
		const twin = await chart.locator('details.table-twin tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-naics')));
		// Employment and the five pay statistics for each industry row of the table.
		expect(rows.map((r) => r.naics)).toEqual(twin.flatMap((naics) => ['employment', ...PAY_RANGE_ROWS].map(() => naics)));
		expect(rows.every((r) => r.source_id.startsWith('oews-') && r.area_type === 'national' && r.own_code && r.source)).toBe(true);
	});

	test('the state CSV has Alabama 42970 and California 64070 as means (May 2023), one row per area of the table', async ({ page }) => {
		await ready(page, '/pay');
		const chart = page.locator('#state-map');
		await expect(chart.getByRole('button', { name: /^Download: / })).toBeVisible(LOADED);
		const rows = parseCsv((await download(page, chart, 'csv')).text);
		expect(rows).toHaveLength(54);
		for (const [area, area_code, value] of [
			['Alabama', '01', '42970'],
			['California', '06', '64070']
		])
			expect(rows.find((r) => r.area === area)).toMatchObject({ area_code, area_type: 'state', statistic: 'mean', unit: 'usd_per_year', value, source_id: 'oews-state-2023', release: 'May 2023' });
		expect(rows.every((r) => r.statistic === 'mean' && r.note.includes('not a median'))).toBe(true);
		const twin = await chart.locator('[data-table="states"] tbody th[scope="row"]').allTextContents();
		expect(rows.map((r) => r.area)).toEqual(twin.map((t) => t.replace(' (territory, not on the map)', '')));
	});

	test('the survey CSV labels every row with its survey year (release), with the BLS context as separate rows', async ({ page }) => {
		await ready(page, '/pay');
		const chart = page.locator('#survey-credential');
		const rows = parseCsv((await download(page, chart, 'csv')).text);
		await openTable(chart);
		const years = await chart.locator('details.table-twin tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-survey-year')));
		const survey = rows.filter((r) => !r.source_id.startsWith('oews-'));
		expect(survey.map((r) => r.release)).toEqual(years);
		for (const r of survey) {
			expect(r.release).toMatch(/^(19|20)\d\d$/);
			expect(r.source_id).toMatch(new RegExp(`^(aapc|ahima)-${r.release}$`));
			expect(['mean', 'median']).toContain(r.statistic);
			expect(r.note).toContain(`${r.release} survey`);
		}
		const bls = rows.slice(survey.length);
		expect(bls.map((r) => r.statistic)).toEqual(['p25', 'median', 'p75']);
		for (const r of bls) expect(r).toMatchObject({ source_id: `oews-national-${latestYear}`, release: `May ${latestYear}`, soc: '29-2072', area: 'U.S.' });
	});
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

test('switching a typed salary to hourly converts it at 2,080 hours instead of dropping it', async ({ page }) => {
	await ready(page, '/pay?career=29-2072&release=2023&salary=48780');
	const result = page.locator('[data-result="percentile"]');
	await expect(result).toContainText('about the 50th percentile', LOADED);
	await page.getByRole('radio', { name: 'Hourly' }).check();
	// 48,780 / 2,080 = 23.45; national_M2023_dl, 29-2072: H_MEDIAN 23.45.
	await expect(page).toHaveURL(/pay=hourly/);
	await expect(page).toHaveURL(/salary=23\.45/);
	await expect(page.getByLabel(/Your salary or offer/)).toHaveValue('23.45');
	await expect(result).toContainText('about the 50th percentile', LOADED);
	await expect(page.locator('#fall-pay .marker-label')).toHaveText('You: $23.45');
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
	// Said once per step, with the facts file's note, rather than repeated for each credential.
	await expect(page.locator('[data-step="technologist"] [data-credential="unrecorded"]')).toContainText('RHIT: requirements not recorded (no public source was found');
	await expect(page.locator('[data-step="technologist"] [data-credential="RHIA"]')).toContainText('unverified');
	await expect(page.locator('[data-step="coder"] [data-credential="unrecorded"]')).toContainText('CPC, CCS: requirements not recorded');
	await expect(page.locator('[data-step="coder"] [data-credential="unrecorded"]')).toContainText('CRC');
	await expect(auditor).toContainText('within Compliance Officers (13-1041) (median for the whole code $');
	await expect(auditor.locator('[data-credential="unrecorded"]')).toContainText('CPMA: requirements not recorded');
	await openTable(page.locator('#ladder-pay'));
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
		await openAllTables(page);
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
	});
}
