import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseCsv } from './download';

const rowsShown = (page: Page) => page.locator('[data-count]');
const table = (page: Page) => page.locator('[data-table="explore"]');

async function open(page: Page, path = '/explore') {
	await page.goto(path);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await expect(rowsShown(page)).toHaveText(/ of 830 occupations/, { timeout: 15_000 });
}

/** The table's cells: per row, its SOC code and each column's exported value. The table draws only the rows and
 * columns in view, so it is scrolled from top to bottom, and at each height from left to right, and each cell is read
 * in its place (the row's aria-rowindex, the column's header). */
const tableCells = (page: Page) =>
	table(page).evaluate(async (t) => {
		const scroller = t.closest('[role="region"]') as HTMLElement;
		const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		const cols = [...t.querySelectorAll<HTMLElement>('thead th:not(.first) [data-sort]')].map((b) => b.dataset.sort!);
		const byIndex = new Map<number, { soc: string; values: Map<string, string> }>();
		const read = () => {
			for (const tr of t.querySelectorAll<HTMLElement>('tbody tr[data-soc]')) {
				const index = Number(tr.getAttribute('aria-rowindex'));
				const row = byIndex.get(index) ?? { soc: tr.dataset.soc!, values: new Map<string, string>() };
				for (const td of tr.querySelectorAll<HTMLElement>('td[data-col]')) row.values.set(td.dataset.col!, td.dataset.value!);
				byIndex.set(index, row);
			}
		};
		scroller.scrollTop = 0;
		for (;;) {
			scroller.scrollLeft = 0;
			for (;;) {
				await frame();
				read();
				if (scroller.scrollLeft + scroller.clientWidth >= scroller.scrollWidth - 1) break;
				scroller.scrollLeft += scroller.clientWidth / 2;
			}
			if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
			scroller.scrollTop += scroller.clientHeight / 2;
		}
		scroller.scrollTop = 0;
		scroller.scrollLeft = 0;
		const rows = [...byIndex.entries()].sort((a, b) => a[0] - b[0]);
		// Every row index from 2 (after the header) to the last, with none missing, and every column of each.
		if (rows.some(([i], n) => i !== n + 2)) throw new Error('a row was not read');
		if (rows.some(([, r]) => cols.some((c) => !r.values.has(c)))) throw new Error('a cell was not read');
		return { cols, rows: rows.map(([, r]) => [r.soc, ...cols.map((c) => r.values.get(c)!)]) };
	});

/** From the home page to the filtered, sorted table in four steps (the fifth is Download CSV); each a tap or a choice. */
async function homeToTable(page: Page) {
	await page.goto('/');
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	// 1: the navigation link, in view at every width (beside the Menu button on a phone).
	const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Explore' });
	await expect(link).toBeVisible();
	await link.click();
	await expect(rowsShown(page)).toHaveText(/ of 830 occupations/, { timeout: 15_000 });
	// 2: the group; 3: the minimum median; 4: sort by growth (numbers start high to low).
	await page.locator('[data-control="group"]').selectOption('healthcare');
	await page.locator('[data-min="median"]').fill('80000');
	await page.locator('[data-min="median"]').press('Enter');
	await page.locator('[data-sort="percent_change"]').click();
}

test('home → explore: median ≥ $80,000 in other healthcare, sorted by growth; the CSV equals the table cell by cell and the URL reopens the view', async ({ page }) => {
	await homeToTable(page);
	await expect(page).toHaveURL(/group=healthcare/);
	await expect(page).toHaveURL(/sort=percent_change&dir=desc/);
	await expect(page).toHaveURL(/min_median=80000/);
	const count = Number(await rowsShown(page).getAttribute('data-count'));
	expect(count).toBeGreaterThan(10);
	await expect(rowsShown(page)).toHaveText(`${count} of 830 occupations`);
	await expect(page.locator('[data-action="download-table"]')).toContainText(`(${count} rows)`);

	const { cols, rows } = await tableCells(page);
	expect(rows).toHaveLength(count);
	// Every row meets the filter and growth never rises down the table.
	const at = (c: string) => cols.indexOf(c) + 1;
	for (const r of rows) expect(Number(r[at('median')]) >= 80000 || r[at('median')] === 'topCoded').toBe(true);
	const growth = rows.map((r) => r[at('percent_change')]).filter((v) => v !== 'notInRelease').map(Number);
	expect(growth).toEqual([...growth].sort((a, b) => b - a));
	// The last column is drawn once the table is scrolled to it.
	await table(page).evaluate((t) => {
		const scroller = t.closest('[role="region"]') as HTMLElement;
		scroller.scrollLeft = scroller.scrollWidth;
	});
	await expect(table(page).locator('tbody tr[data-soc]').first().locator('td[data-col="group"]')).toHaveText('other healthcare');
	expect(Number(await table(page).getAttribute('aria-rowcount'))).toBe(count + 1);

	// 5: download the table as shown.
	const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-table"]').click()]);
	const text = (await readFile((await file.path())!)).toString('utf8');
	expect(text.startsWith('\uFEFFsoc,occupation,')).toBe(true);
	expect(file.suggestedFilename()).toMatch(/^occupations_\d+-occupations_oews-may-2025_annual\.csv$/);
	const csv = parseCsv(text);
	expect(csv).toHaveLength(count);
	csv.forEach((line, i) => {
		expect([line.soc, ...cols.map((c) => line[c])]).toEqual(rows[i]);
		expect(line).toMatchObject({ source_id: 'oews-national-2025', release: 'May 2025', wage_unit: 'usd_per_year' });
	});
	// Codes stay text.
	expect(csv.every((l) => /^\d{2}-\d{4}$/.test(l.soc))).toBe(true);

	// The URL reopens the same view.
	const url = page.url();
	const again = await page.context().newPage();
	await open(again, url.replace(/^https?:\/\/[^/]+/, ''));
	await expect(again.locator('[data-control="group"]')).toHaveValue('healthcare');
	await expect(again.locator('[data-min="median"]')).toHaveValue('80000');
	expect(await tableCells(again)).toEqual({ cols, rows });
	await again.close();
});

test('at 375 px the same five steps lead from the home page to the CSV of the rows shown', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await homeToTable(page);
	await expect(page).toHaveURL(/group=healthcare.*sort=percent_change&dir=desc.*min_median=80000/);
	const count = Number(await rowsShown(page).getAttribute('data-count'));
	const { rows } = await tableCells(page);
	// 5: Download CSV, in view without opening a menu.
	const button = page.locator('[data-action="download-table"]');
	await expect(button).toBeInViewport();
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	const csv = parseCsv((await readFile((await file.path())!)).toString('utf8'));
	expect(csv).toHaveLength(count);
	expect(csv.map((l) => l.soc)).toEqual(rows.map((r) => r[0]));
});

test('compliance officers are findable; a bad link gives defaults and a notice', async ({ page }) => {
	await open(page, '/explore?q=compliance&group=all');
	await expect(table(page).locator('tr[data-soc="13-1041"]')).toContainText('Compliance Officers');
	await open(page, '/explore?sort=height&pay=weekly');
	await expect(page.locator('.notice, [role="alert"]').first()).toContainText('Sort "height"');
	await expect(rowsShown(page)).toHaveText(/ of 830 occupations/);
	// A mistyped setting is named, with the one it was likely meant as, instead of quietly showing every row.
	await open(page, '/explore?group=all&min.median=80000');
	await expect(page.locator('[data-notice="invalid-url"]')).toContainText('"min.median" is not a setting of this page, so it was ignored (did you mean "min_median"?)');
	await expect(rowsShown(page)).toHaveText(/^830 of 830 occupations/);
});

test('"Compare these" opens /compare with at most six of the rows shown', async ({ page }) => {
	await open(page, '/explore?coding=1');
	const href = await page.locator('[data-action="compare"]').getAttribute('href');
	const codes = new URL(href!, 'http://x').searchParams.get('careers')!.split(',');
	expect(codes.length).toBeGreaterThan(0);
	expect(codes.length).toBeLessThanOrEqual(6);
	await page.locator('[data-action="compare"]').click();
	await expect(page).toHaveURL(/\/compare\/?\?careers=/);
	await expect(page.locator('[data-table="versus"] tbody tr')).toHaveCount(codes.length);
});

test('growth against pay: the toggle is kept in the URL, draws the rows shown, caps with a note, and a sort keeps it', async ({ page }) => {
	// One column (below 1100 px) gives the scatter the width to label more than the coding roles.
	await page.setViewportSize({ width: 1000, height: 900 });
	await open(page, '/explore?group=all');
	await page.getByRole('radio', { name: 'Growth against pay' }).check();
	await expect(page).toHaveURL(/[?&]chart=growth/);
	const figure = page.locator('#explore-growth');
	await figure.scrollIntoViewIfNeeded();
	await expect(figure).toContainText('Growth against pay of the rows shown');
	await expect(page.locator('[data-chart-cap]')).toContainText('first 250 of 830 rows');
	await page.locator('[data-sort="median"]').click();
	await expect(page).toHaveURL(/sort=median/);
	await expect(page).toHaveURL(/chart=growth/);
	// The first rows of the table are the labelled points (at most eight), the first one among them.
	const first = (await table(page).locator('tbody tr[data-soc]').first().locator('.name').getAttribute('title'))!;
	const labels = await figure.locator('text.point-label').allTextContents();
	expect(labels.length).toBeGreaterThan(0);
	expect(labels.length).toBeLessThanOrEqual(8);
	expect(labels.some((l) => first.startsWith(l.replace(/…$/, '').trim()))).toBe(true);
	// A narrow filter draws every row, without the note; the URL reopens the same chart.
	await open(page, '/explore?coding=1&chart=growth');
	await expect(page.locator('#explore-growth')).toBeVisible();
	await expect(page.locator('#explore-pay')).toHaveCount(0);
	await expect(page.locator('[data-chart-cap]')).toHaveCount(0);
	await expect(page.getByRole('radio', { name: 'Growth against pay' })).toBeChecked();
	await page.getByRole('radio', { name: 'Pay ranges' }).check();
	await expect(page).not.toHaveURL(/chart=/);
	await expect(page.locator('#explore-pay')).toBeVisible();
});

test('axe finds no serious or critical violation on /explore', async ({ page }) => {
	// A few rows: every control, the table and the chart are there; axe over 800 rows takes minutes on a busy machine.
	test.setTimeout(90_000);
	await open(page, '/explore?q=nurse');
	let results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
	await open(page, '/explore?q=nurse&chart=growth');
	results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
});

test('at 375 px the page does not scroll sideways: the table scrolls inside itself, with a hint', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await open(page, '/explore?group=all');
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	const scroller = page.locator('[role="region"][aria-label^="Occupations table"]');
	expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	await expect(page.getByText('Scroll the table sideways')).toBeVisible();
});

test('the overview never fetches the files of every occupation', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(r.url()));
	await page.goto('/');
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await page.waitForLoadState('networkidle');
	expect(fetched.filter((u) => /all-occupations/.test(u))).toEqual([]);
});

test('the "median against" table on /compare also downloads in its own shape, one row per career as shown', async ({ page }) => {
	await page.goto('/compare?careers=29-2072,29-2033,29-1151&pay=hourly');
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	const menu = page.getByRole('button', { name: /^Download: Median pay against/ }).locator('..');
	await menu.getByRole('button', { name: /^Download/ }).click();
	await expect(menu.locator('[data-export="count"]')).toHaveText('3 rows, as shown');
	const [file] = await Promise.all([page.waitForEvent('download'), menu.locator('[data-export="table-csv"]').click()]);
	const csv = parseCsv((await readFile((await file.path())!)).toString('utf8'));
	const shown = await page.locator('[data-table="versus"] tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.soc));
	expect(csv.map((r) => r.soc)).toEqual(shown);
	expect(csv[0]).toMatchObject({ reference_soc: '29-2072', wage_unit: 'usd_per_hour', median_difference: '0', median_ratio: '1' });
});

test('typing a phrase with a pause between words keeps the space: the box is not rewritten to what the address holds', async ({ page }) => {
	await open(page, '/explore?group=all');
	const box = page.locator('[data-control="q"]');
	await box.pressSequentially('medical ');
	// The table follows after a pause (the query read from the address is trimmed).
	await expect(page).toHaveURL(/[?&]q=medical\+?(&|$)/);
	await box.pressSequentially('records');
	await expect(box).toHaveValue('medical records');
	await expect(page).toHaveURL(/[?&]q=medical(\+|%20)records(&|$)/);
	await expect(table(page).locator('tbody tr[data-soc="29-2072"]')).toBeVisible();
});

test.describe('375 px', () => {
	test.use({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });

	test('the row count stays at the bottom of the screen while the filters are changed, and never hides the control in focus', async ({ page }) => {
		await open(page);
		const count = page.locator('[data-count]');
		const box = page.locator('[data-min="median"]');
		await box.fill('80000');
		await box.press('Enter');
		await expect(count).toHaveText(/^\d+ of 830 occupations$/);
		await expect(count).toBeInViewport();
		await page.locator('[data-control="q"]').focus();
		for (let i = 0; i < 30; i++) {
			await page.keyboard.press('Tab');
			const covered = await page.evaluate(() => {
				const a = document.activeElement as HTMLElement;
				if (a === document.body || a.matches('[data-count]')) return '';
				const bar = document.querySelector('[data-count]')!.getBoundingClientRect();
				const b = a.getBoundingClientRect();
				return b.bottom > bar.top + 1 && b.top < bar.bottom - 1 ? a.outerHTML.slice(0, 80) : '';
			});
			expect(covered, 'a focused control under the row count').toBe('');
		}
	});
});

test('a bold label in the chart of the rows shown wraps inside its card instead of running past it', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page, '/explore?q=health+information');
	const chart = page.locator('figure.chart').first();
	await expect(chart.locator('svg text', { hasText: 'Medical and Health Services Managers' })).toBeVisible();
	const past = await chart.evaluate((f) => {
		const right = f.getBoundingClientRect().right;
		return [...f.querySelectorAll('svg text')].filter((t) => t.getBoundingClientRect().right > right - 8).map((t) => t.textContent);
	});
	expect(past).toEqual([]);
});
