import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { writeOewsFile } from '../../scripts/bench/makeOewsFile';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
// Generated files go to a temp folder made on first use (module load happens in every worker, used or not).
let tmp = '';
const tmpFile = (name: string) => join((tmp ||= mkdtempSync(join(tmpdir(), 'import-e2e-'))), name);
test.afterAll(() => void (tmp && rmSync(tmp, { recursive: true, force: true })));

/** Opens the import page once Svelte has hydrated it, with a long-task observer registered first. */
async function openImport(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { longTasks: { start: number; duration: number }[] };
		w.longTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
		// Long animation frames say which scripts ran in a slow frame: printed with a failure, to tell app work from the machine's.
		const frames: unknown[] = [];
		(window as unknown as { longFrames: unknown[] }).longFrames = frames;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { blockingDuration: number; scripts: { invoker: string; sourceURL: string; duration: number }[] })[])
				frames.push({ start: Math.round(e.startTime), duration: Math.round(e.duration), blocking: e.blockingDuration, scripts: e.scripts.map((x) => `${x.invoker} ${x.sourceURL.split('/').pop()} ${Math.round(x.duration)}ms`) });
		}).observe({ type: 'long-animation-frame', buffered: true });
	});
	await page.goto('/data');
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await expect(page.locator('[data-imported]')).toBeVisible();
}

const input = (page: Page) => page.getByLabel(/choose a file/i);
const report = (page: Page) => page.locator('[data-import="report"]');
const count = (page: Page, what: 'read' | 'accepted' | 'rejected') => report(page).locator(`[data-count="${what}"]`);

/** Removes every import so tests do not see each other's files (each test has its own browser context anyway). */
async function removeAll(page: Page) {
	for (let n = await page.getByRole('button', { name: /^Remove/ }).count(); n > 0; n--) await page.getByRole('button', { name: /^Remove/ }).first().click();
	await expect(page.locator('[data-imported="none"]')).toBeVisible();
}

test('a real OEWS slice imports, is counted, and becomes a release in /compare with its figures', async ({ page }) => {
	await openImport(page);
	await input(page).setInputFiles(fixture('oews/national_M2024_slice.csv'));
	await expect(report(page)).toHaveAttribute('data-outcome', 'imported');
	await expect(count(page, 'read')).toHaveText('10');
	await expect(count(page, 'accepted')).toHaveText('10');
	await expect(count(page, 'rejected')).toHaveText('0');
	await expect(report(page)).toContainText('10 = 10 + 0');
	await expect(page.locator('[data-import="live"]')).toContainText('10 rows read, 10 accepted, 0 rejected');
	const item = page.locator('[data-imported="list"] li').first();
	await expect(item).toContainText('May 2024 — your file');

	await item.locator('[data-shown="national"]').getByRole('link', { name: 'Compare', exact: true }).click();
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	const select = page.getByRole('combobox', { name: 'Release' });
	await expect(select.locator('option', { hasText: 'OEWS May 2024 — your file' })).toHaveCount(1);
	await expect(select).toHaveValue(/^import-/);
	await expect(page.locator('[data-table="versus"] tr[data-soc="29-2072"] [data-stat="median"]')).toHaveText('$50,250');
	await expect(page.locator('[data-table="versus"] caption')).toContainText('May 2024 — your file');
});

/** Each bad file, the outcome and words its message must have. */
const BAD: [string, 'imported' | 'failed', RegExp][] = [
	['empty.csv', 'failed', /file is empty/],
	['header-only.csv', 'failed', /header but no data rows/],
	['not-a-csv.png.csv', 'failed', /not a text CSV/],
	['utf16.csv', 'imported', /UTF-16LE .*was read as such/],
	['windows-1252.csv', 'imported', /read as Windows-1252/],
	['replacement-character.csv', 'imported', /replacement character/],
	['decimal-comma-currency.csv', 'imported', /decimal commas \(24,56\) and currency symbols/],
	['conflict-broken-row.csv', 'imported', /Conflict: .*A_PCT10 is n\.a\. on line 2 and 35780 on line 4/],
	['wrong-delimiter.csv', 'failed', /"\|"/],
	['unterminated-quote.csv', 'imported', /never closed/],
	['ragged-row.csv', 'imported', /33 cells but the header has 32/],
	['huge-cell.csv', 'imported', /102,400 characters long/],
	['formula-cells.csv', 'imported', /Expected a number/],
	['duplicate-columns.csv', 'failed', /appears twice/],
	['missing-occ-code.csv', 'failed', /required column "OCC_CODE" is missing/],
	['non-numeric-wage.csv', 'imported', /Expected a number/],
	['median-above-p90.csv', 'imported', /out of order/],
	['negative-pay.csv', 'imported', /zero or negative/],
	['duplicate-disagree.csv', 'imported', /A_MEDIAN is 50250 on line 3 and 48780 on line 5\); neither row is used/],
	['footnotes.csv', 'imported', /Rows read = accepted \+ rejected: 3 = 3 \+ 0/],
	['bad-occ-code.csv', 'imported', /SOC code like 29-2072/]
];

test('every bad file gets its message, counts add up, and the page keeps working', async ({ page }) => {
	test.setTimeout(90_000);
	await openImport(page);
	for (const [file, outcome, says] of BAD) {
		await input(page).setInputFiles(fixture(`${file === 'footnotes.csv' ? 'quirks' : 'bad'}/${file}`));
		await expect(report(page), file).toHaveAttribute('data-outcome', outcome);
		await expect(report(page), file).toContainText(file);
		await expect(report(page), file).toContainText(says);
		const [read, accepted, rejected] = await Promise.all(['read', 'accepted', 'rejected'].map(async (w) => Number((await count(page, w as 'read').textContent())!.replace(/,/g, ''))));
		expect(read, file).toBe(accepted + rejected);
		if (outcome === 'failed') expect(accepted, file).toBe(0);
	}
	// The formula-like values are escaped in the problems download.
	await input(page).setInputFiles(fixture('bad/formula-cells.csv'));
	await expect(report(page)).toContainText('formula-cells.csv');
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download all problems (CSV)' }).click();
	const text = await (await download).createReadStream().then(async (s) => {
		let out = '';
		for await (const chunk of s) out += chunk;
		return out;
	});
	expect(text).toContain(`"'=50250"`);
	expect(text).not.toMatch(/(^|,)=50250/m);
	// Still working: a good file imports after all the bad ones.
	await input(page).setInputFiles(fixture('oews/national_M2023_dl_slice.csv'));
	await expect(report(page)).toHaveAttribute('data-outcome', 'imported');
	await expect(count(page, 'accepted')).toHaveText('7');
});

test('an import persists across a reload, and Remove clears it', async ({ page }) => {
	await openImport(page);
	await input(page).setInputFiles(fixture('oews/state_M2023_reduced_semicolon_slice.csv'));
	await expect(report(page)).toHaveAttribute('data-outcome', 'imported');
	await page.reload();
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	const item = page.locator('[data-imported="list"] li');
	await expect(item).toHaveCount(1);
	await expect(item).toContainText('May 2023 — your file');
	await expect(item).toContainText('10 state rows');
	await removeAll(page);
	await page.reload();
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await expect(page.locator('[data-imported="none"]')).toBeVisible();
});

test('the page works at 375 px and by keyboard; downloads list every shipped file', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await openImport(page);
	const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(scroll).toBeLessThanOrEqual(375);
	await expect(page.locator('[data-notice="privacy"]')).toContainText("connect-src 'self'");
	const links = page.locator('[data-downloads="list"] a[download]');
	expect(await links.count()).toBeGreaterThanOrEqual(10);
	await page.getByLabel('Release label (optional)').focus();
	await page.keyboard.press('Tab');
	await expect(input(page)).toBeFocused();
});

// The large imports run one after another: two at once on a 2-core machine would measure each other.
test.describe('large files', () => {
	test.describe.configure({ mode: 'serial' });

	test('a 650 MB file is refused at once with its size and what to do', async ({ page }) => {
		// Refused by its size before a byte is read, so a sparse file (no disk used) stands in for it.
		const path = tmpFile('all_data_M_2024.csv');
		writeFileSync(path, '');
		truncateSync(path, 650_000_000);
		await openImport(page);
		await input(page).setInputFiles(path);
		await expect(report(page)).toHaveAttribute('data-outcome', 'failed', { timeout: 60_000 });
		await expect(report(page)).toContainText(/This file is 650 MB; the import takes files up to 600 MB/);
		rmSync(path);
	});

	test('Cancel stops a large import; nothing is added', async ({ page }) => {
		test.setTimeout(60_000);
		const big = await writeOewsFile(tmpFile('cancel_M2021_dl.csv'), 200_000);
		await openImport(page);
		await input(page).setInputFiles(big.path);
		await expect(page.locator('[data-import="progress"]')).toBeVisible();
		await expect(page.locator('[data-progress="text"]')).not.toContainText(' 0 rows read', { timeout: 20_000 });
		await page.getByRole('button', { name: 'Cancel import' }).click();
		await expect(page.locator('[data-import="message"]')).toContainText('cancelled: nothing was added');
		await expect(page.locator('[data-import="progress"]')).toHaveCount(0);
		await page.waitForTimeout(1500);
		await expect(report(page)).toHaveCount(0);
		await expect(page.locator('[data-imported="none"]')).toBeVisible();
	});

	/** Waits for the import's report without Playwright's own locator work running in the page meanwhile (it makes long tasks too). */
	const reportShown = (page: Page, timeout: number) =>
		page.waitForFunction(() => document.querySelector('[data-import="report"]') !== null, null, { polling: 250, timeout });

	test('@quiet the page stays responsive while a ~20 MB file imports (long tasks on the main thread)', async ({ page }) => {
		test.setTimeout(90_000);
		const file = await writeOewsFile(tmpFile('metro_M2023_dl.csv'), 92_000);
		await openImport(page);
		const start = await page.evaluate(() => performance.now());
		await page.locator('#import-file').setInputFiles(file.path);
		await reportShown(page, 60_000);
		const end = await page.evaluate(() => performance.now());
		await expect(report(page)).toHaveAttribute('data-outcome', 'imported');
		await expect(page.locator('[data-imported="list"] li')).toHaveCount(1);
		const tasks = await page.evaluate(
			([t0, t1]) => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.filter((t) => t.start >= t0 && t.start <= t1),
			[start, end]
		);
		const longest = Math.max(0, ...tasks.map((t) => t.duration));
		console.log(`~${(file.bytes / 1e6).toFixed(0)} MB import: ${tasks.length} long tasks, longest ${longest.toFixed(0)} ms`);
		const frames = await page.evaluate(() => (window as unknown as { longFrames: unknown[] }).longFrames);
		expect(longest, `long tasks: ${JSON.stringify(tasks)}; long animation frames: ${JSON.stringify(frames)}`).toBeLessThanOrEqual(50);
	});

	test('@quiet @slow the 92 MB, 420,000-row file imports in the browser with the page responsive', async ({ page }) => {
		test.setTimeout(180_000);
		const file = await writeOewsFile(tmpFile('all_M2024_dl.csv'), 420_000);
		await openImport(page);
		const start = await page.evaluate(() => performance.now());
		await page.locator('#import-file').setInputFiles(file.path);
		await reportShown(page, 150_000);
		await expect(report(page)).toHaveAttribute('data-outcome', 'imported');
		await expect(count(page, 'accepted')).toHaveText(new Intl.NumberFormat('en-US').format(file.rows));
		const elapsed = (await page.evaluate(() => performance.now())) - start;
		const tasks = await page.evaluate((t0) => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.filter((t) => t.start >= t0), start);
		console.log(`92 MB import: ${(elapsed / 1000).toFixed(1)} s, ${tasks.length} long tasks, longest ${Math.max(0, ...tasks.map((t) => t.duration)).toFixed(0)} ms`);
		await removeAll(page);
	});
});
