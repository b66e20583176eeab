/** The changes the budget times, for the scripts that look inside them (SCENE=compare, the default, or explore). */
import type { Tab } from './benchTab';
import { openSixCareers, removeFirstCareer } from './compareSelection';
import { makeExplorerChange, openEveryOccupation } from './explorerChange';

export interface ChangeScene {
	/** What is changed, for the report. */
	name: string;
	/** Brings the page to where run `run` starts, settled. */
	prepare: (run: number) => Promise<unknown>;
	/** Makes the change of run `run` and resolves once it is painted. */
	change: (run: number) => Promise<unknown>;
}

export function changeScene(tab: Tab, base: string, scene = process.env.SCENE || 'compare'): ChangeScene {
	if (scene === 'explore')
		return {
			name: '/explore, every occupation and column: a sort or filter change',
			prepare: (run) => (run === 0 ? openEveryOccupation(tab, base) : new Promise((r) => setTimeout(r, 300))),
			change: (run) => makeExplorerChange(tab, run)
		};
	if (scene !== 'compare') throw new Error(`SCENE=${scene}: use compare or explore`);
	return { name: '/compare, six careers: the first removed', prepare: () => openSixCareers(tab, base), change: () => removeFirstCareer(tab) };
}
