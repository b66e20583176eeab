import { fileURLToPath } from 'node:url';
import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { download, parseCsv } from './download';

/**
 * Each kind of import reaches every page the /data list names: the list's links are followed one by one and
 * the changed figure of the fixture (see tests/fixtures/README.md and imports/README.md) must be on each page; it survives a
 * reload and is gone after Remove.
 */
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name.includes('/') ? name : `imports/${name}`}`, import.meta.url));

const hydrated = (page: Page) => page.waitForFunction(() => document.body.dataset.hydrated === 'true');

async function importFile(page: Page, name: string) {
	await page.goto('/data');
	await hydrated(page);
	await page.getByLabel(/choose a file/i).setInputFiles(name.startsWith('/') ? name : fixture(name));
	await expect(page.locator('[data-import="report"]')).toHaveAttribute('data-outcome', 'imported');
}

/** Opens every chart's table (built on demand) so its cells are in the page. */
async function openTables(page: Page) {
	await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('details.table-twin, details').forEach((d) => (d.open = true)));
}

async function linksOf(page: Page, kind: string): Promise<{ label: string; href: string }[]> {
	const links = page.locator(`[data-imported="list"] [data-shown="${kind}"] a`);
	await expect(links.first()).toBeVisible();
	return links.evaluateAll((as) => as.map((a) => ({ label: a.textContent!.trim(), href: (a as HTMLAnchorElement).getAttribute('href')! })));
}

async function expectEverywhere(page: Page, kind: string, figure: string, expected: number) {
	const links = await linksOf(page, kind);
	expect(links.map((l) => l.label)).toHaveLength(expected);
	for (const link of links) {
		// The explorer draws only the rows in view: it is searched for the coder's code, as a person would.
		await page.goto(link.href.includes('/explore') ? `${link.href}&q=29-2072` : link.href);
		await hydrated(page);
		await expect(async () => {
			await openTables(page);
			await expect(page.locator('main, body').first(), `${link.label} (${link.href})`).toContainText(figure, { timeout: 1000 });
		}).toPass({ timeout: 15_000 });
	}
}

async function removeAll(page: Page) {
	await page.goto('/data');
	await hydrated(page);
	for (let n = await page.getByRole('button', { name: /^Remove/ }).count(); n > 0; n--) await page.getByRole('button', { name: /^Remove/ }).first().click();
	await expect(page.locator('[data-imported="none"]')).toBeVisible();
}

test.describe('imports appear wherever the /data list says', () => {
	test.describe.configure({ timeout: 120_000 });

	test('a national file relabelled as May 2022: every page that picks a release shows its median, after a reload too, and not after Remove', async ({ page }) => {
		await importFile(page, 'oews/national_M2022_relabelled_slice.csv');
		await expect(page.locator('[data-imported="list"] li').first()).toContainText('May 2022 — your file');
		// 29-2072's median in the file is $52,500 (changed from the published May 2024 $50,250; tests/fixtures/README.md).
		await expectEverywhere(page, 'national', '$52,500', 9);
		const [first] = await (async () => {
			await page.goto('/data');
			await hydrated(page);
			return linksOf(page, 'national');
		})();
		await page.goto(first.href);
		await hydrated(page);
		await page.reload();
		await hydrated(page);
		await expect(page.locator('[data-figure="coder-median"]')).toHaveText('$52,500');
		await removeAll(page);
		await page.goto(first.href);
		await hydrated(page);
		await expect(page.locator('[data-notice="invalid-url"]')).toContainText('is not in the data');
		await expect(page.locator('[data-figure="coder-median"]')).toHaveText('$51,140');
	});

	test('a state file: the map table shows the imported mean; the published file stays one choice away', async ({ page }) => {
		await importFile(page, 'state_M2023_one_changed.csv');
		// Alabama's 29-2072 mean in the file is $43,970 (published: $42,970).
		await expectEverywhere(page, 'state', '$43,970', 1);
		await page.getByLabel('State figures from').selectOption('');
		await openTables(page);
		await expect(page.locator('#by-location')).toContainText('$42,970');
		await expect(page.locator('#by-location')).not.toContainText('$43,970');
	});

	test('an industry file: the work-setting chart draws it', async ({ page }) => {
		await importFile(page, 'natsector_M2024_one_changed.csv');
		// Manufacturing's 29-2072 median in the file is $50,480 (published: $50,380).
		await expectEverywhere(page, 'industry', '$50,480', 1);
		await expect(page.locator('#by-setting .chart-source').first()).toContainText('Your file natsector_M2024_one_changed.csv');
	});

	test('a projections file: outlook views show it instead of the published set until the person switches back', async ({ page }) => {
		await importFile(page, 'projections_2024-34_one_changed.csv');
		// 29-2072's growth in the file is +9.1% (published: +7.1%).
		await expectEverywhere(page, 'projections', '9.1%', 8);
		await page.goto('/data');
		await hydrated(page);
		await page.getByLabel(/Show these instead of the published BLS projections/).uncheck();
		await page.goto('/career/29-2072');
		await hydrated(page);
		await expect(page.locator('[data-fact="growth"]')).toContainText('7.1%');
	});

	test("this site's own export: a pay-range CSV from /compare, one figure changed, comes back as a release of its own everywhere", async ({ page }, info) => {
		await page.goto('/compare');
		await hydrated(page);
		const csv = await download(page, page.locator('#compare-pay'), 'csv');
		const rows = parseCsv(csv.text);
		const median = rows.find((r) => r.soc === '29-2072' && r.statistic === 'median')!;
		// OEWS May 2025, national_M2025_dl, 29-2072 A_MEDIAN 51140: the file as downloaded says so.
		expect([median.release, median.value, median.unit]).toEqual(['May 2025', '51140', 'usd_per_year']);
		const changed = Papa.unparse(
			rows.map((r) => (r === median ? { ...r, value: '51999' } : r)),
			{ columns: Object.keys(median) }
		);
		const file = info.outputPath('median-changed.csv');
		await writeFile(file, changed);
		await importFile(page, file);
		await expect(page.locator('[data-imported="list"] li').first()).toContainText('your file');
		await expectEverywhere(page, 'national', '$51,999', 9);
		// The published May 2025 median stays one choice away.
		await page.goto('/');
		await hydrated(page);
		await expect(page.locator('[data-figure="coder-median"]')).toHaveText('$51,140');
	});
});
