import { compareText } from './compareText';
import type { OnetRow } from '../data/onetRows';

/** A kind of software with the examples O*NET lists, hot technologies first. */
export interface TechnologyGroup {
	category: string;
	examples: { name: string; hot: boolean }[];
}

/** What one O*NET occupation's work is, from the O*NET rows of one SOC code. */
export interface WorkProfile {
	onetSoc: string;
	title: string;
	description: string;
	/** O*NET Job Zone (1–5), or null when O*NET gives none. */
	jobZone: number | null;
	/** Core tasks first, then Supplemental, then tasks O*NET has not typed ("n/a"). */
	tasks: { text: string; type: 'Core' | 'Supplemental' | '' }[];
	/** Job titles people reported (O*NET sample of reported titles). */
	titles: string[];
	technology: TechnologyGroup[];
}

const TASK_ORDER = { Core: 0, Supplemental: 1, '': 2 } as const;
const taskType = (detail: string): keyof typeof TASK_ORDER => (detail === 'Core' || detail === 'Supplemental' ? detail : '');

/**
 * One profile per O*NET occupation under `soc` (e.g. 29-1071.00 physician assistants and 29-1071.01
 * anesthesiologist assistants), the .00 occupation first; [] when O*NET has none for the code.
 */
export function workProfile(rows: readonly OnetRow[], soc: string): WorkProfile[] {
	const byCode = new Map<string, WorkProfile>();
	const get = (code: string) => {
		let p = byCode.get(code);
		if (!p) byCode.set(code, (p = { onetSoc: code, title: '', description: '', jobZone: null, tasks: [], titles: [], technology: [] }));
		return p;
	};
	for (const r of rows) {
		if (r.soc !== soc) continue;
		const p = get(r.onetSoc);
		if (r.kind === 'occupation') [p.title, p.description] = [r.text, r.detail];
		else if (r.kind === 'jobZone') p.jobZone = Number(r.text) || null;
		else if (r.kind === 'task') p.tasks.push({ text: r.text, type: taskType(r.detail) });
		else if (r.kind === 'title') p.titles.push(r.text);
		else {
			let g = p.technology.find((t) => t.category === r.detail);
			if (!g) p.technology.push((g = { category: r.detail, examples: [] }));
			g.examples.push({ name: r.text, hot: r.hot });
		}
	}
	const profiles = [...byCode.values()].sort((a, b) => compareText(a.onetSoc, b.onetSoc));
	for (const p of profiles) {
		p.tasks = p.tasks.map((t, i) => [t, i] as const).sort(([a, i], [b, j]) => TASK_ORDER[a.type] - TASK_ORDER[b.type] || i - j).map(([t]) => t);
		for (const g of p.technology) g.examples = [...g.examples.filter((e) => e.hot), ...g.examples.filter((e) => !e.hot)];
		p.technology.sort((a, b) => b.examples.filter((e) => e.hot).length - a.examples.filter((e) => e.hot).length || b.examples.length - a.examples.length || compareText(a.category, b.category));
	}
	return profiles;
}
