/**
 * Main-thread task time of one filter or sort change on /explore with every occupation and every column shown:
 * Chromium's own TaskDuration (CDP Performance.getMetrics) read before the change and after the table shows it.
 */
import { chromium } from '@playwright/test';
import { EXPLORER_COLUMNS } from '../../src/lib/model/explorerColumns';

/** Each change and how to tell it has been drawn; they alternate so every run changes something. */
const CHANGES = [
	{ what: 'sort by median', click: '[data-sort="median"]' },
	{ what: 'sort by growth', click: '[data-sort="percent_change"]' },
	{ what: 'coding roles only', click: '[data-control="coding"]' },
	{ what: 'all again', click: '[data-control="coding"]' }
];

export async function explorerRedrawMs(base: string, chromiumPath: string, runs = 7): Promise<{ ms: number[]; rows: number; columns: number }> {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const cols = EXPLORER_COLUMNS.map((c) => c.id).join(',');
	await page.goto(`${base}/explore?group=all&cols=${cols}`);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await page.waitForFunction(() => document.querySelectorAll('[data-table="explore"] tbody tr').length > 0 && Number(document.querySelector("[data-table=explore]")?.getAttribute("data-rows")) > 800, null, { timeout: 30_000 });
	const rows = Number(await page.locator('[data-table="explore"]').getAttribute('data-rows'));
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
	const ms: number[] = [];
	for (let i = 0; i < runs; i++) {
		const change = CHANGES[i % CHANGES.length];
		// Let the previous change settle so its tasks are not counted here.
		await page.waitForTimeout(300);
		const before = await taskSeconds();
		// The click and the wait happen inside the page (no polling from outside, whose tasks would count too):
		// the change, then two frames, so the DOM update and the paint after it are both counted.
		const changed = await page.evaluate<boolean>(`new Promise((resolve) => {
			const search = location.search;
			document.querySelector('${change.click}').click();
			requestAnimationFrame(() => requestAnimationFrame(() => resolve(location.search !== search)));
		})`);
		ms.push((await taskSeconds()) - before);
		if (!changed) throw new Error(`${change.what}: the address did not change`);
	}
	await browser.close();
	return { ms: ms.map((s) => s * 1000).sort((a, b) => a - b), rows, columns: EXPLORER_COLUMNS.length };
}
