/**
 * For every career in data/ and every page type that shows a median, the page shows the latest OEWS
 * national annual median from the file, or says why there is none. Expectations come from
 * expectedMedians.ts, which reads the CSVs without the app's code.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectedMedians, latestRelease, shows, type Expected } from './expectedMedians';

const bySoc = new Map(expectedMedians.map((e) => [e.soc, e]));
const say = (e: Expected, shown: string) => `${e.soc} ${e.title}: expected ${e.text ?? e.reason}, page shows "${shown.trim()}"`;

/** Careers in groups of six, the most /compare, /handout and /present take. */
const batches: Expected[][] = [];
for (let i = 0; i < expectedMedians.length; i += 6) batches.push(expectedMedians.slice(i, i + 6));
const query = (b: Expected[]) => `?careers=${b.map((e) => e.soc).join(',')}&ref=${b[0].soc}`;

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
}

/** Opens a chart's table twin as a reader would (its rows are built when it opens). */
async function openTable(page: Page, chart: string) {
	await page.locator(`#${chart} > details > summary`).click();
	await page.locator(`#${chart} table`).waitFor();
}

/** Median cells by SOC: `rows` matches `tr[data-soc]`, `cell` the median cell inside. */
const cellsBySoc = (page: Page, rows: string, cell: string) =>
	page.$$eval(rows, (trs, sel) => trs.map((tr) => [tr.getAttribute('data-soc')!, tr.querySelector(sel)?.textContent ?? ''] as const), cell);

/** Checks the shown figures; a career absent from `shown` must be named in `absent` with the stated reason. */
function check(batch: Expected[], shown: Map<string, string>, absent: string, where: string) {
	const wrong: string[] = [];
	for (const e of batch) {
		const text = shown.get(e.soc);
		if (text !== undefined) {
			if (!shows(e, text)) wrong.push(say(e, text));
		} else if (e.text !== null || !absent.includes(e.title) || !e.reason!.test(absent)) wrong.push(`${e.soc} ${e.title}: not shown and not named with a reason on ${where} ("${absent.trim()}")`);
	}
	expect(wrong, wrong.join('\n')).toEqual([]);
}

test('the data has careers with and without a published median', () => {
	expect(expectedMedians.length).toBeGreaterThan(90);
	expect(bySoc.get('29-2010')?.text).toBe('$62,930');
	expect(bySoc.get('31-1120')?.text).toBe('$35,800');
	expect(expectedMedians.some((e) => e.text === null)).toBe(true);
});

test('overview: every featured career in the pay chart shows its median', async ({ page }) => {
	await open(page, '/');
	await openTable(page, 'overview-pay');
	const shown = new Map(await cellsBySoc(page, '#overview-pay tr[data-soc]', 'td:nth-of-type(3)'));
	expect(shown.size).toBeGreaterThan(5);
	check([...shown.keys()].map((soc) => bySoc.get(soc)!), shown, '', 'the overview');
	await expect(page.locator('[data-figure="coder-median"]')).toHaveText(bySoc.get('29-2072')!.text!);
});

test('/careers: every career shows its median or why not', async ({ page }) => {
	await open(page, '/careers');
	const shown = new Map(await cellsBySoc(page, 'tr[data-soc]', 'td[data-stat="median"]'));
	expect([...shown.keys()].sort()).toEqual(expectedMedians.map((e) => e.soc).sort());
	check(expectedMedians, shown, '', '/careers');
});

test('/career/<soc>: every career page shows its median or why not', async ({ request }) => {
	const wrong: string[] = [];
	for (const e of expectedMedians) {
		const response = await request.get(`/career/${e.soc}/`);
		expect(response.ok(), `/career/${e.soc}/`).toBe(true);
		const html = await response.text();
		const dd = html.match(/<dd[^>]*data-fact="median"[^>]*>([\s\S]*?)<\/dd>/)?.[1] ?? '';
		const text = dd.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&');
		if (!shows(e, text)) wrong.push(say(e, text));
	}
	expect(wrong, wrong.join('\n')).toEqual([]);
});

test('/compare: the median table shows every career, six at a time, or names it with a reason', async ({ page }) => {
	test.setTimeout(120_000);
	for (const batch of batches) {
		await open(page, `/compare${query(batch)}`);
		// The page applies the link once files imported in this browser are read; wait for the batch's reference.
		await page.getByRole('heading', { name: `Median pay against ${batch[0].title}`, exact: true }).waitFor();
		const shown = new Map(await cellsBySoc(page, 'table[data-table="versus"] tr[data-soc]', 'td[data-stat="median"]'));
		const absent = (await page.locator('.notice').allTextContents()).join(' ');
		check(batch, shown, absent, `/compare${query(batch)}`);
	}
});

test('/handout: the facts table shows every career, six at a time', async ({ page }) => {
	test.setTimeout(120_000);
	for (const batch of batches) {
		await open(page, `/handout${query(batch)}`);
		const single = batch.length === 1;
		// The page applies the link once files imported in this browser are read (on a first visit, after hydration); wait for the batch's first career.
		if (!single) await page.locator(`table[data-handout="facts"] tr[data-soc="${batch[0].soc}"]`).waitFor();
		const shown = single
			? new Map([[batch[0].soc, (await page.locator('dd[data-fact="median"]').textContent()) ?? '']])
			: new Map(await cellsBySoc(page, 'table[data-handout="facts"] tr[data-soc]', 'td[data-fact="median"]'));
		check(batch, shown, '', `/handout${query(batch)}`);
	}
});

test('/present: the pay slide names every career with its median, six at a time, or says why not', async ({ page }) => {
	test.setTimeout(120_000);
	for (const batch of batches) {
		await open(page, `/present${query(batch)}&slides=pay`);
		// The slide hides the table twin; its figures are in the chart's accessible label ("Title $62,930; …").
		const label = (await page.locator('#present-pay svg[role="img"]').getAttribute('aria-label')) ?? '';
		const shown = new Map(
			batch.flatMap((e) => {
				// An entry starts after ": " or "; " and its figure follows the title, so "Emergency Medical Technicians"
				// is not found inside "Emergency Medical Technicians and Paramedics $48,150".
				const title = e.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				const m = label.match(new RegExp(`[:;] ${title} ((?:[$≥]|not |top|too )[^;]*)`));
				return m ? [[e.soc, m[1]] as const] : [];
			})
		);
		const absent = (await page.locator('#present-pay [data-absent]').allTextContents()).join(' ');
		check(batch, shown, absent, `/present${query(batch)}`);
	}
	expect(latestRelease).toMatch(/^May \d{4}$/);
});
