/**
 * The least a change can cost on /compare (six careers) and /explore (every occupation and column), for reading the
 * budgets against: main-thread task time of two frames with nothing changed, with one heading's text changed, and
 * with one address write (history.replaceState), in a bare tab (benchTab.ts), median of 15 each.
 *   npm run build && tsx scripts/bench/changeFloor.ts
 */
import { openBareTab } from './benchTab';
import { openSixCareers } from './compareSelection';
import { openEveryOccupation } from './explorerChange';
import { withPreview } from './withPreview';

const ACTIONS: Record<string, string> = {
	'nothing changed': '',
	'one heading text': `document.querySelector('h1').textContent += ' ';`,
	'one address write': `history.replaceState(history.state, '', location.search + '&floor=' + Math.random());`
};
const RUNS = 15;

await withPreview(async (base) => {
	const tab = await openBareTab(process.env.CHROMIUM_PATH || '/usr/bin/chromium');
	try {
		for (const [page, open] of [['/compare', openSixCareers], ['/explore', openEveryOccupation]] as const) {
			await open(tab, base);
			for (const [name, js] of Object.entries(ACTIONS)) {
				const ms: number[] = [];
				for (let i = 0; i < RUNS; i++) {
					await new Promise((r) => setTimeout(r, 200));
					const before = await tab.taskMs();
					await tab.evaluate(`new Promise((resolve) => { ${js} requestAnimationFrame(() => requestAnimationFrame(resolve)); })`);
					ms.push((await tab.taskMs()) - before);
				}
				ms.sort((a, b) => a - b);
				console.log(`${page.padEnd(9)} ${name.padEnd(18)} ${ms[RUNS >> 1].toFixed(1).padStart(5)} ms  (quartiles ${ms[RUNS >> 2].toFixed(1)}–${ms[(3 * RUNS) >> 2].toFixed(1)})`);
			}
		}
	} finally {
		await tab.close();
	}
});
