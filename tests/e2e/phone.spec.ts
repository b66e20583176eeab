import { expect, test, type Page } from '@playwright/test';

// A phone: a mobile browser widens its layout viewport when content overflows, so page width is judged by
// document.documentElement.scrollWidth against the device width, not against innerWidth.
const PHONE = 375;
test.use({ viewport: { width: PHONE, height: 800 }, isMobile: true, hasTouch: true });

/** Six careers, the longest titles in the data among them. */
const SIX_LONG = '/compare?careers=29-9098,29-2098,29-1298,29-1228,29-1299,29-9021';

async function ready(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test('a tapped search result on the overview opens that career page', async ({ page }) => {
	await ready(page, '/');
	const search = page.getByRole('combobox', { name: /find a career/i });
	await search.tap();
	await search.fill('medical coder');
	const option = page.getByRole('option', { name: /Medical Records Specialists/ });
	await expect(option).toBeVisible();
	await option.tap();
	await expect(page).toHaveURL(/\/career\/29-2072\/?$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Medical Records Specialists');
});

test('/compare with six careers of the longest titles fits the phone: chips wrap, every remove button and "Compare against" reachable', async ({ page }) => {
	await ready(page, SIX_LONG);
	await expect(page.getByRole('list', { name: 'Chosen careers' }).getByRole('listitem')).toHaveCount(6);
	expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE);
	for (const remove of await page.getByRole('button', { name: /^Remove / }).all()) {
		const box = (await remove.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(PHONE);
	}
	const against = page.getByRole('combobox', { name: 'Compare against' });
	const box = (await against.boundingBox())!;
	expect(box.x + box.width).toBeLessThanOrEqual(PHONE);
});

for (const path of ['/', '/compare?careers=29-2072,29-9021,29-2033,29-1071,29-2010,31-1120', '/career/29-9021', '/pay?career=29-2072', '/careers', '/ladder', '/data', '/about']) {
	test(`no page-level horizontal scroll at ${PHONE} px, the header one row: ${path}`, async ({ page }) => {
		await ready(page, path);
		// Charts draw when scrolled into view: bring each in, then measure the whole page.
		for (const figure of await page.locator('figure.chart').all()) await figure.scrollIntoViewIfNeeded();
		expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE);
		const header = (await page.locator('.site-header').boundingBox())!;
		expect(header.height).toBeLessThanOrEqual(72);
		await page.getByRole('button', { name: 'Menu' }).tap();
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' })).toBeVisible();
	});
}

test('removing a chip by keyboard leaves focus on the next chip, and on the search box after the last', async ({ page }) => {
	await ready(page, '/compare?careers=29-2072,29-2033,29-1071');
	const remove = (title: string) => page.getByRole('button', { name: `Remove ${title}` });
	await remove('Medical Records Specialists').focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('list', { name: 'Chosen careers' }).getByRole('listitem')).toHaveCount(2);
	await expect(remove('Nuclear Medicine Technologists')).toBeFocused();
	await remove('Physician Assistants').focus();
	await page.keyboard.press('Space');
	await expect(page.getByRole('list', { name: 'Chosen careers' }).getByRole('listitem')).toHaveCount(1);
	// The one chip left cannot be removed, so focus goes to the search box.
	await expect(page.getByRole('combobox', { name: /Add a career/ })).toBeFocused();
});

test('the work-setting chart names the hospital row in full and SOC codes do not break', async ({ page }) => {
	await ready(page, '/pay?career=29-2072');
	const chart = page.locator('figure.chart').first();
	await chart.scrollIntoViewIfNeeded();
	const label = chart.locator('svg text.label', { hasText: 'General Medical' });
	await expect(label).toContainText('Hospitals');
	await expect(chart.locator('svg text.label', { hasText: '…' })).toHaveCount(0);
	await ready(page, '/careers');
	const broken = await page.locator('.soc').evaluateAll((all) => all.filter((el) => el.getClientRects().length > 1).map((el) => el.textContent));
	expect(broken).toEqual([]);
});
