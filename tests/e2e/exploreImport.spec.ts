import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { download, parseCsv } from './download';

// 40 occupations of the May 2024 national file, named as a May 2022 file, with the coders' annual median changed
// from 50,250 to 52,500 (tests/fixtures/README.md): a release the site does not ship, with a figure no shipped file has.
const FILE = fileURLToPath(new URL('../fixtures/oews/national_M2022_relabelled_slice.csv', import.meta.url));
const LABEL = 'May 2022 — your file';

test('an imported national file is a release on /explore: its figures in the table, its id and release in the CSV, gone once removed', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto('/data');
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await page.getByLabel(/choose a file/i).setInputFiles(FILE);
	const report = page.locator('[data-import="report"]');
	await expect(report).toHaveAttribute('data-outcome', 'imported');
	await expect(report.locator('[data-count="accepted"]')).toHaveText('40');
	await expect(page.locator('[data-imported="list"] li')).toContainText(LABEL);

	await page.goto('/explore');
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	const release = page.locator('[data-control="release"]');
	const option = release.locator('option', { hasText: `OEWS ${LABEL}` });
	await expect(option).toHaveCount(1);
	await release.selectOption({ label: `OEWS ${LABEL}` });
	await expect(page).toHaveURL(/[?&]release=import-/);
	// The file's 40 occupations, every one healthcare or a career the site covers, so the default groups show them all.
	await expect(page.locator('[data-count]')).toHaveText('40 of 40 occupations', { timeout: 15_000 });
	// Found as a person would: the code typed into the search box.
	await page.locator('[data-control="q"]').fill('29-2072');
	await expect(page.locator('[data-count]')).toHaveText('1 of 40 occupations');
	const coders = page.locator('[data-table="explore"] tr[data-soc="29-2072"]');
	await expect(coders.locator('td[data-col="median"]')).toHaveText('$52,500');
	await expect(coders.locator('td[data-col="median"]')).toHaveAttribute('data-value', '52500');

	// The CSV of the table names the imported source and its release on every row.
	const id = new URL(page.url()).searchParams.get('release')!;
	const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-table"]').click()]);
	expect(file.suggestedFilename()).toMatch(/may-2022/);
	const csv = parseCsv((await readFile((await file.path())!)).toString('utf8'));
	expect(csv).toHaveLength(1);
	expect(csv[0]).toMatchObject({ soc: '29-2072', median: '52500', source_id: id, release: LABEL, wage_unit: 'usd_per_year' });
	// The metadata sidecar lists the same source.
	const menu = page.getByRole('button', { name: /^Download: the table/ }).locator('..');
	const sidecar = JSON.parse((await download(page, menu, 'metadata')).text);
	expect(sidecar.sources.map((s: { id: string }) => s.id)).toContain(id);

	// Removed on /data, the release is no longer offered, and its link falls back to the default with a notice.
	await page.goto('/data');
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await page.getByRole('button', { name: new RegExp(`^Remove ${LABEL}`) }).click();
	await expect(page.locator('[data-imported="none"]')).toBeVisible();
	await page.goto(`/explore?release=${id}`);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await expect(page.locator('[data-control="release"] option', { hasText: LABEL })).toHaveCount(0);
	await expect(page.locator('[data-count]')).toHaveText(/ of 830 occupations/, { timeout: 15_000 });
	await expect(page.locator('[role="alert"], .notice').first()).toContainText('Release');
});
