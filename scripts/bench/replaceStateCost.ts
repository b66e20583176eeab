/**
 * What one `history.replaceState` (the address write of every filter, sort or selection change) costs in main-thread
 * task time, in a bare tab and in a page Playwright drives, same run: 20 writes 30 ms apart on /about, less 20 turns
 * that write nothing. Shows why the budget reads its task times in a bare tab (benchTab.ts).
 *   npm run build && tsx scripts/bench/replaceStateCost.ts
 */
import { chromium } from '@playwright/test';
import { openBareTab, playwrightTab, waitUntil, type Tab } from './benchTab';
import { withPreview } from './withPreview';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ROUNDS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Task time per turn of 20 turns 30 ms apart, each writing the address or not. */
async function perTurn(tab: Tab, write: boolean): Promise<number> {
	const before = await tab.taskMs();
	await tab.evaluate(`new Promise((resolve) => {
		let i = 0;
		const turn = () => {
			if (${write}) history.replaceState(history.state, '', location.pathname + '?turn=' + i);
			if (++i < 20) setTimeout(turn, 30);
			else setTimeout(resolve, 200);
		};
		turn();
	})`);
	return ((await tab.taskMs()) - before) / 20;
}

async function cost(tab: Tab, base: string): Promise<number[]> {
	await tab.goto(`${base}/about`);
	await waitUntil(tab, `document.body.dataset.hydrated === 'true'`);
	const costs: number[] = [];
	for (let round = 0; round < ROUNDS; round++) costs.push((await perTurn(tab, true)) - (await perTurn(tab, false)));
	return costs;
}

await withPreview(async (base) => {
	const bare = await openBareTab(chromiumPath);
	const inBare = await cost(bare, base).finally(() => bare.close());
	const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const inPlaywright = await cost(await playwrightTab(page), base).finally(() => browser.close());
	const show = (xs: number[]) => `${median(xs).toFixed(2)} ms (rounds: ${xs.map((x) => x.toFixed(2)).join(', ')})`;
	console.log(`One history.replaceState, main-thread task time, median of ${ROUNDS} rounds of 20:`);
	console.log(`  bare tab                 ${show(inBare)}`);
	console.log(`  page Playwright drives   ${show(inPlaywright)}`);
	console.log(`  ratio                    ${(median(inPlaywright) / median(inBare)).toFixed(1)}×`);
});
