/**
 * Main-thread work when every national release arrives on a page that prerenders only the latest (/compare, a career
 * page): the files are held back until the page has settled, then let through, and Chromium's TaskDuration (CDP
 * Performance.getMetrics) is read before and after the trend is drawn; with it, the longest task in that time.
 * CPU throttled 4× as Lighthouse's mobile runs are here. Median of RUNS (7) page loads per page.
 *   npm run build && tsx scripts/bench/historyArrival.ts
 */
import { chromium } from '@playwright/test';
import { withPreview } from './withPreview';

const RUNS = Number(process.env.RUNS) || 7;
const PAGES = [
	{ path: '/compare?careers=29-2072,29-2033,29-2036,29-1124,29-1071,29-1151', drawn: '#compare-trend svg' },
	{ path: '/career/29-2072', drawn: '#career-trend svg' }
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await withPreview(async (base) => {
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	for (const { path, drawn } of PAGES) {
		const task: number[] = [];
		const longest: number[] = [];
		for (let run = 0; run < RUNS; run++) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Performance.enable');
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			let release!: () => void;
			const held = new Promise<void>((resolve) => (release = resolve));
			await page.route(/oews-national-20\d\d\.[^/]*\.csv$/, async (route) => {
				await held;
				await route.continue();
			});
			await page.addInitScript(() => {
				const w = window as unknown as { longest: number };
				w.longest = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
				}).observe({ type: 'longtask' });
			});
			await page.goto(base + path);
			await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
			await page.waitForTimeout(1500);
			await page.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
			const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
			const before = await taskSeconds();
			release();
			await page.waitForSelector(drawn, { timeout: 30_000 });
			await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
			task.push(((await taskSeconds()) - before) * 1000);
			longest.push(await page.evaluate(() => (window as unknown as { longest: number }).longest));
			await page.close();
		}
		console.log(`${path.split('?')[0].padEnd(18)} task time ${median(task).toFixed(0).padStart(4)} ms, longest task ${median(longest).toFixed(0).padStart(4)} ms (medians of ${RUNS}; task ${task.map((t) => t.toFixed(0)).join(', ')})`);
	}
	await browser.close();
});
