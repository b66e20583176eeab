/**
 * Main-thread task time of one filter or sort change on /explore with every occupation and every column shown:
 * Chromium's own TaskDuration read before the change and after the table shows it, in a tab of `openTab`.
 */
import { EXPLORER_COLUMNS } from '../../src/lib/model/explorerColumns';
import type { Tab } from './benchTab';
import { makeExplorerChange, openEveryOccupation } from './explorerChange';

export async function explorerRedrawMs(base: string, tab: Tab, runs = 7): Promise<{ ms: number[]; rows: number; columns: number }> {
	const rows = await openEveryOccupation(tab, base);
	const ms: number[] = [];
	for (let i = 0; i < runs; i++) {
		// Let the previous change settle so its tasks are not counted here.
		await new Promise((r) => setTimeout(r, 300));
		const before = await tab.taskMs();
		await makeExplorerChange(tab, i);
		ms.push((await tab.taskMs()) - before);
	}
	return { ms: ms.sort((a, b) => a - b), rows, columns: EXPLORER_COLUMNS.length };
}
