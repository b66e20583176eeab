import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { download, EXPORT_HEADER, PAY_RANGE_ROWS, parseCsv } from './download';
import { latestMedian } from './figures';
import { openTable } from './tableTwin';

/**
 * Hourly wages as BLS published them (national cross-industry files, H_PCT10 … H_PCT90 and H_MEDIAN of each
 * OCC_CODE row), written out as the page shows them. "#" is BLS's top code: at or above $115.00 an hour in May 2024.
 */
const PAY_RANGE_MAY_2024: Record<string, { csv: string[]; shown: string[] }> = {
	// national_M2024_dl, 29-2072 Medical Records Specialists: 17.2, 20, 24.16, 30.8, 38.92
	'29-2072': { csv: ['17.2', '20', '24.16', '30.8', '38.92'], shown: ['$17.20', '$20.00', '$24.16', '$30.80', '$38.92'] },
	// national_M2024_dl, 29-2033 Nuclear Medicine Technologists: 36.33, 39.91, 46.64, 52.02, 61.58
	'29-2033': { csv: ['36.33', '39.91', '46.64', '52.02', '61.58'], shown: ['$36.33', '$39.91', '$46.64', '$52.02', '$61.58'] },
	// national_M2024_dl, 29-1151 Nurse Anesthetists: 65.98, 89.96, 107.31, #, #
	'29-1151': { csv: ['65.98', '89.96', '107.31', '', ''], shown: ['$65.98', '$89.96', '$107.31', '≥ $115.00', '≥ $115.00'] }
};
/** H_MEDIAN by release, May 2019 to May 2025 (national_M2019_dl … national_M2025_dl); null where the code is not in the release. */
const HOURLY_MEDIANS: Record<string, (string | null)[]> = {
	// 2019 and 2020 count medical records specialists under the hybrid code 29-2098; 2021 22.43 … 2025 24.59.
	'29-2072': [null, null, '$22.43', '$23.45', '$24.16', '$24.59'],
	'29-2033': ['$37.48', '$38.27', '$37.86', '$44.47', '$46.64', '$48.74'],
	'29-1151': ['$84.03', '$88.26', '$94.04', '$102.24', '$107.31', '$113.75']
};
const TREND_RELEASES = ['May 2019', 'May 2020', 'May 2021', 'May 2023', 'May 2024', 'May 2025'];

/** Waits until Svelte has hydrated the page, so that keyboard and URL behaviour are live. */
async function ready(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
}

async function twinRows(chart: Locator) {
	await openTable(chart);
	return chart
		.locator('details.table-twin tbody tr')
		.evaluateAll((trs) => trs.map((tr) => ({ soc: tr.getAttribute('data-soc')!, cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()) })));
}

const VIEW = '/compare?careers=29-2072,29-2033,29-1151&ref=29-2033&release=2024&pay=hourly';

test.describe('CSV export', () => {
	test('pay-range CSV rows equal the table twin rows of a filtered view, with provenance on every row', async ({ page }) => {
		await ready(page, VIEW);
		const chart = page.locator('#compare-pay');
		const file = await download(page, chart, 'csv');
		expect(file.name).toBe('pay-range_29-2072_29-2033_29-1151_oews-may-2024_hourly.csv');
		const rows = parseCsv(file.text);
		expect(Object.keys(rows[0])).toEqual(EXPORT_HEADER);
		for (const r of rows)
			expect(r).toMatchObject({ source_id: 'oews-national-2024', release: 'May 2024', area: 'U.S.', area_code: '99', naics: '000000', unit: 'usd_per_hour', chart: 'Pay range by career' });
		expect(rows.every((r) => r.source.includes('OEWS national cross-industry estimates, May 2024'))).toBe(true);

		const twin = await twinRows(chart);
		expect([...new Set(rows.map((r) => r.soc))]).toEqual(twin.map((t) => t.soc));
		for (const t of twin) {
			const mine = rows.filter((r) => r.soc === t.soc);
			expect(mine.map((r) => r.statistic)).toEqual(PAY_RANGE_ROWS);
			expect(mine.map((r) => r.value), t.soc).toEqual(PAY_RANGE_MAY_2024[t.soc].csv);
			expect(mine.map((r) => r.status), t.soc).toEqual(PAY_RANGE_MAY_2024[t.soc].csv.map((v) => (v ? '' : 'topCoded')));
			expect(t.cells, t.soc).toEqual(PAY_RANGE_MAY_2024[t.soc].shown);
		}
	});

	test('trend CSV rows equal the trend table twin, gaps included', async ({ page }) => {
		await ready(page, VIEW);
		const chart = page.locator('#compare-trend');
		const rows = parseCsv((await download(page, chart, 'csv')).text);
		const twin = await twinRows(chart);
		expect(twin.map((t) => t.soc)).toEqual(['29-2072', '29-2033', '29-1151']);
		for (const t of twin) {
			const mine = rows.filter((r) => r.soc === t.soc);
			expect(mine.map((r) => r.release)).toEqual(TREND_RELEASES);
			expect(mine.map((r) => r.source_id)).toEqual(TREND_RELEASES.map((r) => `oews-national-${r.slice(4)}`));
			// A gap reads "not in this release" with the CSV row's note; every other cell is the published median.
			const expected = HOURLY_MEDIANS[t.soc].map((shown, i) => shown ?? `not in this release — ${mine[i].note}`);
			expect(t.cells, t.soc).toEqual(expected);
			expect(mine.map((r) => (r.status === 'notInRelease' ? null : `$${Number(r.value).toFixed(2)}`)), t.soc).toEqual(HOURLY_MEDIANS[t.soc]);
		}
		expect(rows.some((r) => r.soc === '29-2072' && r.status === 'notInRelease' && r.note.includes('29-2098'))).toBe(true);
	});

	test('the "median against" table downloads its own rows', async ({ page }) => {
		await ready(page, VIEW);
		const table = page.locator('[data-table="versus"]');
		const menu = page.getByRole('button', { name: /^Download: Median pay against/ }).locator('..');
		const rows = parseCsv((await download(page, menu, 'csv')).text);
		for (const soc of ['29-2072', '29-2033', '29-1151']) {
			const median = rows.find((r) => r.soc === soc && r.statistic === 'median')!;
			// H_MEDIAN of national_M2024_dl for the code, in the CSV as published and on screen with cents.
			const published = PAY_RANGE_MAY_2024[soc];
			expect(median.value).toBe(published.csv[2]);
			await expect(table.locator(`tr[data-soc="${soc}"] [data-stat="median"]`)).toHaveText(published.shown[2]);
		}
		expect(rows.find((r) => r.soc === '29-2072' && r.statistic === 'median_difference')!.note).toBe('against 29-2033 Nuclear Medicine Technologists');
	});

	test('UTF-8 BOM by default, none when the box is cleared; codes stay text', async ({ page }) => {
		await ready(page, '/compare?careers=29-2072,29-2033');
		const chart = page.locator('#compare-pay');
		const withBom = await download(page, chart, 'csv');
		expect([...withBom.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const line = withBom.text.split('\n')[1];
		expect(line).toMatch(/^oews-national-\d{4},May \d{4},99,U\.S\.,national,000000,Cross-industry,1235,29-2072,/);
		expect(withBom.text).not.toContain("'29-2072");

		await chart.getByRole('button', { name: /^Download/ }).click();
		await chart.getByLabel(/byte-order mark/).uncheck();
		const without = await download(page, chart, 'csv');
		expect(without.text.startsWith('source_id,release,')).toBe(true);
		expect(without.bytes[0]).toBe(0x73);
	});

	test('a projected decline stays a plain negative number (only formula-like text is escaped)', async ({ page }) => {
		await ready(page, '/compare?careers=29-2072,43-3021');
		const rows = parseCsv((await download(page, page.locator('#compare-outlook'), 'csv')).text);
		const decline = rows.find((r) => r.soc === '43-3021' && r.statistic === 'percent_change')!;
		expect(decline.value).toMatch(/^-\d+(\.\d+)?$/);
		expect(decline).toMatchObject({ unit: 'percent', source_id: 'ep-2024-34', release: '2024–34' });
		expect(rows.find((r) => r.soc === '43-3021' && r.statistic === 'growth_outlook')!.unit).toBe('text');
	});

	test('the metadata sidecar names the view, sources with URLs, the date, rows and columns', async ({ page }) => {
		await ready(page, VIEW);
		const chart = page.locator('#compare-pay');
		const csv = await download(page, chart, 'csv');
		const meta = await download(page, chart, 'metadata');
		expect(meta.name).toBe('pay-range_29-2072_29-2033_29-1151_oews-may-2024_hourly.metadata.json');
		const json = JSON.parse(meta.text);
		expect(json.view).toBe(page.url());
		expect(json.file).toBe(csv.name);
		expect(json.rows).toBe(parseCsv(csv.text).length);
		expect(json.columns.map((c: { name: string }) => c.name)).toEqual(EXPORT_HEADER);
		expect(json.sources).toEqual([expect.objectContaining({ id: 'oews-national-2024', url: expect.stringMatching(/^https:\/\/www\.bls\.gov\//) })]);
		expect(Date.now() - Date.parse(json.generated)).toBeLessThan(60_000);
	});

	for (const [path, ids] of [
		['/', ['overview-pay', 'overview-growth']],
		['/career/29-2072', ['career-pay', 'career-trend', 'career-outlook']],
		['/compare', ['compare-training']]
	] as const) {
		test(`every chart offers a CSV with provenance on each row: ${path}`, async ({ page }) => {
			await ready(page, path);
			for (const id of ids) {
				const rows = parseCsv((await download(page, page.locator(`#${id}`), 'csv')).text);
				expect(rows.length, id).toBeGreaterThan(0);
				expect(rows.every((r) => r.source_id && r.release && r.statistic && r.unit && r.area && r.source), id).toBe(true);
			}
		});
	}
});

test.describe('Download menu', () => {
	test('is a disclosure: aria-expanded, Escape closes it and focus returns to the button', async ({ page }) => {
		await ready(page, '/compare');
		const toggle = page.locator('#compare-pay').getByRole('button', { name: /^Download/ });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		const csv = page.locator('#compare-pay').getByRole('button', { name: 'Data (CSV)' });
		await expect(csv).toBeVisible();
		await csv.focus();
		await page.keyboard.press('Escape');
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(csv).toBeHidden();
		await expect(toggle).toBeFocused();
	});
});

test.describe('chart images', () => {
	test('SVG is well-formed, standalone, with the title and source; PNG decodes at 1× and 2× its size', async ({ page }) => {
		await ready(page, '/compare?careers=29-2072,29-2033');
		const chart = page.locator('#compare-pay');
		const svg = await download(page, chart, 'svg');
		expect(svg.name).toMatch(/^pay-range_29-2072_29-2033_oews-may-\d{4}_annual\.svg$/);
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			const root = doc.documentElement;
			return {
				error: doc.getElementsByTagName('parsererror').length,
				name: root.localName,
				ns: root.namespaceURI,
				width: Number(root.getAttribute('width')),
				height: Number(root.getAttribute('height')),
				text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
				styled: [...doc.querySelectorAll('svg svg *')].every((el) => (el.getAttribute('style') ?? '').includes('font-family'))
			};
		}, svg.text);
		expect(parsed).toMatchObject({ error: 0, name: 'svg', ns: 'http://www.w3.org/2000/svg', styled: true });
		expect(parsed.text).toContain('Pay range by career');
		expect(parsed.text).toContain('Source: U.S. Bureau of Labor Statistics');
		expect(parsed.text).toContain('Medical Records Specialists');
		expect(parsed.width).toBeGreaterThan(300);

		for (const [item, scale] of [['png', 1], ['png2x', 2]] as const) {
			const png = await download(page, chart, item);
			expect(png.name.endsWith(scale === 1 ? '_annual.png' : '_annual@2x.png')).toBe(true);
			const size = await page.evaluate(async (b64) => {
				const img = new Image();
				img.src = `data:image/png;base64,${b64}`;
				await img.decode();
				return { w: img.naturalWidth, h: img.naturalHeight };
			}, png.bytes.toString('base64'));
			expect(size).toEqual({ w: parsed.width * scale, h: parsed.height * scale });
		}
	});
});

test.describe('handout', () => {
	const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

	// One career, three careers with the longest titles in the data (the tallest layout) and the maximum of six.
	for (const [path, socs] of [
		['/handout?career=29-2072', ['29-2072']],
		['/handout?careers=29-9099,31-9096,29-2072', ['29-9099', '31-9096', '29-2072']],
		['/handout?careers=29-2072,29-2033,29-1071,29-1151,29-2036,43-3021', ['29-2072', '29-2033', '29-1071', '29-1151', '29-2036', '43-3021']]
	] as const) {
		test(`prints on exactly one Letter page and one A4 page with the key figures: ${path}`, async ({ page }) => {
			await ready(page, path);
			const facts = page.locator('[data-handout="facts"]');
			await expect(facts).toContainText(latestMedian(socs[0], 'annual'));
			await page.emulateMedia({ media: 'print' });
			// The figures are checked in the printed DOM (print media): Chromium's PDF text is glyph-encoded.
			await expect(facts).toBeVisible();
			for (const soc of socs) await expect(facts).toContainText(latestMedian(soc, 'annual'));
			await expect(facts.locator('[data-fact="growth"]').first()).toHaveText(/^[+−-]\d+\.\d%/);
			await expect(page.locator('#handout-pay svg[role="img"]')).toBeVisible();
			await expect(page.locator('#handout-outlook svg[role="img"]')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
			await expect(page.locator('.site-header')).toBeHidden();
			for (const format of ['Letter', 'A4'] as const) expect(pages(await page.pdf({ format })), format).toBe(1);
		});
	}

	test('the career page and /compare link to their handout', async ({ page }) => {
		await ready(page, '/career/29-2072');
		await expect(page.locator('[data-action="handout"]')).toHaveAttribute('href', /handout\/?\?career=29-2072$/);
		await ready(page, '/compare?careers=29-2072,29-2036');
		await expect(page.locator('[data-action="handout"]')).toHaveAttribute('href', /handout\/?\?careers=29-2072,29-2036$/);
	});
});

test.describe('presentation', () => {
	test('opens from /compare, steps by keyboard, keeps the slide in the URL, and Escape returns', async ({ page }) => {
		await ready(page, '/compare?careers=29-2072,29-2033');
		await expect(page.locator('[data-action="present"]')).toHaveAttribute('href', /present\/?\?careers=29-2072,29-2033$/);
		await page.locator('[data-action="present"]').click();
		await expect(page).toHaveURL(/\/present\/?\?careers=29-2072,29-2033$/);
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		const counter = page.locator('[data-slide-counter]');
		await expect(counter).toHaveText('Slide 1 of 5: Pay range');
		await expect(page.getByRole('heading', { level: 1 })).toContainText(`Medical Records Specialists: median ${latestMedian('29-2072', 'annual')} a year`);
		await expect(page.locator('.site-header')).toHaveCount(0);

		for (const [key, n, name, url] of [
			['ArrowRight', 2, 'Pay across releases', /slide=2/],
			[' ', 3, 'Job outlook', /slide=3/],
			['PageDown', 4, 'Training and pay', /slide=4/],
			['ArrowRight', 5, 'Growth against pay, all healthcare careers', /slide=5/],
			['ArrowRight', 5, 'Growth against pay, all healthcare careers', /slide=5/],
			['ArrowLeft', 4, 'Training and pay', /slide=4/],
			['PageUp', 3, 'Job outlook', /slide=3/],
			['End', 5, 'Growth against pay, all healthcare careers', /slide=5/],
			['Backspace', 4, 'Training and pay', /slide=4/],
			['Home', 1, 'Pay range', /careers=29-2072,29-2033$/]
		] as const) {
			await page.keyboard.press(key);
			await expect(counter).toHaveText(`Slide ${n} of 5: ${name}`);
			await expect(page).toHaveURL(url);
		}
		await page.locator('[data-slide]').click({ position: { x: 5, y: 5 } });
		await expect(counter).toHaveText('Slide 2 of 5: Pay across releases');
		await expect(page.locator('#present-trend svg[role="img"]')).toBeVisible();

		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/compare\/?\?careers=29-2072,29-2033$/);
	});

	test('a prepared deck link reopens on its slide, in its order', async ({ page }) => {
		await ready(page, '/present?careers=29-2072,43-3021&slides=outlook,pay&slide=2');
		await expect(page.locator('[data-slide-counter]')).toHaveText('Slide 2 of 2: Pay range');
		await expect(page.locator('#present-pay svg[role="img"]')).toBeVisible();
		await page.keyboard.press('ArrowLeft');
		await expect(page.locator('[data-slide-counter]')).toHaveText('Slide 1 of 2: Job outlook');
		await expect(page).toHaveURL(/\/present\/?\?careers=29-2072,43-3021&slides=outlook,pay$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Medical Records Specialists: +');
	});
});

test.describe('share and embed', () => {
	test('embed shows one chart with its source and a link back, without the site header', async ({ page }) => {
		await ready(page, '/embed/pay?careers=29-2072,29-2033');
		await expect(page.locator('.site-header')).toHaveCount(0);
		await expect(page.locator('.site-footer')).toHaveCount(0);
		const chart = page.locator('#embed-pay');
		await expect(chart.locator('svg[role="img"]')).toBeVisible();
		await expect(chart.locator('.chart-source')).toContainText('Bureau of Labor Statistics');
		await openTable(chart);
		await expect(chart.locator('tr[data-soc]')).toHaveCount(2);
		await expect(page.getByRole('link', { name: /Open this view/ })).toHaveAttribute('href', /compare\/?\?careers=29-2072,29-2033$/);
	});

	test('an embed that names an older release says it is loading, then draws that release', async ({ page }) => {
		// national_M2023_dl, 29-2072: A_MEDIAN 48780 (OEWS May 2023); the embed page itself holds only the latest release.
		await ready(page, '/embed/pay?careers=29-2072,29-2033&release=2023');
		const chart = page.locator('#embed-pay');
		await expect(chart.locator('.chart-subtitle')).toContainText('OEWS May 2023', { timeout: 15_000 });
		await expect(page.locator('[data-release-pending]')).toHaveCount(0);
		await openTable(chart);
		await expect(chart.locator('tr[data-soc="29-2072"]')).toContainText('$48,780');
	});

	for (const id of ['trend', 'outlook', 'training', 'growth']) {
		test(`embed of the ${id} chart renders`, async ({ page }) => {
			await ready(page, `/embed/${id}?careers=29-2072,29-2033`);
			await expect(page.locator(`#embed-${id} svg[role="img"]`)).toBeVisible();
			await expect(page.locator('.site-header')).toHaveCount(0);
		});
	}

	test('the Embed dialog gives an iframe snippet for the same view', async ({ page }) => {
		await ready(page, '/compare?careers=29-2072,29-2033');
		await page.getByRole('button', { name: 'Embed' }).click();
		const dialog = page.getByRole('dialog', { name: 'Embed a chart' });
		await expect(dialog).toBeVisible();
		await dialog.getByLabel('Chart').selectOption('outlook');
		const code = await dialog.getByLabel('Embed code').inputValue();
		expect(code).toMatch(/^<iframe src="http:\/\/localhost:\d+\/embed\/outlook\/?\?careers=29-2072,29-2033" title="Job outlook \(Healthcare career outlook\)"/);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
	});

	test('Copy link copies the view, or shows it selected when the clipboard is refused', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await ready(page, '/compare?careers=29-2072,29-2033');
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByText('Copied.')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

		await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
		await page.getByRole('button', { name: 'Copy link' }).click();
		const field = page.getByLabel('Link to this view');
		await expect(field).toHaveValue(page.url());
		await expect(field).toBeFocused();
	});
});

test.describe('new pages are accessible and fit a phone', () => {
	for (const path of ['/present?careers=29-2072,29-2033', '/handout?career=29-2072', '/handout?careers=29-2072,29-2033', '/embed/pay?careers=29-2072,29-2033', '/embed/growth']) {
		test(`axe finds no serious or critical violation, and no horizontal scroll at 375 px: ${path}`, async ({ page }) => {
			await ready(page, path);
			const results = await new AxeBuilder({ page }).analyze();
			const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
			await page.setViewportSize({ width: 375, height: 800 });
			await page.waitForTimeout(200);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		});
	}

	test('an open Download menu passes axe', async ({ page }) => {
		await ready(page, '/compare');
		await page.locator('#compare-pay').getByRole('button', { name: /^Download/ }).click();
		const results = await new AxeBuilder({ page }).include('#compare-pay .chart-actions').analyze();
		expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
	});
});

