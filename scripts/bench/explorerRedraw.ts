/**
 * Main-thread task time of one filter or sort change on /explore with every occupation and every column shown:
 * Chromium's own TaskDuration read before the change and after the table shows it, in a tab of `openTab`.
 * The four changes of EXPLORER_CHANGES run once unmeasured first: the first time each runs, the engine compiles the
 * code it takes (a one-off, reported as `first`); `ms` are the `rounds` rounds after it.
 */
import { EXPLORER_COLUMNS } from '../../src/lib/model/explorerColumns';
import type { Tab } from './benchTab';
import { EXPLORER_CHANGES, makeExplorerChange, openEveryOccupation } from './explorerChange';

export async function explorerRedrawMs(base: string, tab: Tab, rounds = 3): Promise<{ ms: number[]; first: number[]; rows: number; columns: number }> {
	const rows = await openEveryOccupation(tab, base);
	const times: number[] = [];
	for (let i = 0; i < (rounds + 1) * EXPLORER_CHANGES.length; i++) {
		// Let the previous change settle so its tasks are not counted here.
		await new Promise((r) => setTimeout(r, 300));
		const before = await tab.taskMs();
		await makeExplorerChange(tab, i);
		times.push((await tab.taskMs()) - before);
	}
	const first = times.slice(0, EXPLORER_CHANGES.length);
	return { ms: times.slice(EXPLORER_CHANGES.length).sort((a, b) => a - b), first, rows, columns: EXPLORER_COLUMNS.length };
}
