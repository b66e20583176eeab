import { compareText } from '../model/compareText';
import { socOfOnet } from '../model/socOfOnet';
import { readTabText } from './readTabText';
import type { ImportResult } from './schema';

/** What one row of data/onet.csv says about an O*NET occupation. */
export type OnetKind = 'occupation' | 'jobZone' | 'task' | 'title' | 'technology';

/** One fact from the O*NET database about one O*NET-SOC occupation, with the SOC code it maps to. */
export interface OnetRow {
	soc: string;
	onetSoc: string;
	kind: OnetKind;
	/** occupation: the O*NET title; jobZone: the zone number; task, title, technology: the text. */
	text: string;
	/** occupation: the description; task: Core or Supplemental; technology: the commodity (kind of software). */
	detail: string;
	/** technology: O*NET's "Hot Technology" flag. */
	hot: boolean;
}

/** The O*NET 30.2 files read, by file name inside onet_30_2/. */
export const ONET_FILES = {
	occupations: 'Occupation Data.txt',
	jobZones: 'Job Zones.txt',
	tasks: 'Task Statements.txt',
	titles: 'Sample of Reported Titles.txt',
	technology: 'Technology Skills.txt'
} as const;

const CODE = 'O*NET-SOC Code';
const REQUIRED: Record<keyof typeof ONET_FILES, string[]> = {
	occupations: [CODE, 'Title', 'Description'],
	jobZones: [CODE, 'Job Zone'],
	tasks: [CODE, 'Task', 'Task Type'],
	titles: [CODE, 'Reported Job Title'],
	technology: [CODE, 'Example', 'Commodity Title', 'Hot Technology']
};

const KIND_ORDER: OnetKind[] = ['occupation', 'jobZone', 'task', 'title', 'technology'];

/**
 * The O*NET rows for SOC codes `keep` accepts, in a stable order (by O*NET code, kind, then file order),
 * from the text of each file. Rows of codes that are not O*NET-SOC codes are problems, not guesses.
 */
export function onetRows(texts: Record<keyof typeof ONET_FILES, string>, keep: (soc: string) => boolean): ImportResult<OnetRow> {
	const out: OnetRow[] = [];
	const result: ImportResult<OnetRow> = { rows: out, problems: [], read: 0, rejected: 0 };
	const take = (key: keyof typeof ONET_FILES, toRow: (r: Record<string, string>) => Omit<OnetRow, 'soc' | 'onetSoc'>) => {
		const table = readTabText(texts[key], ONET_FILES[key], REQUIRED[key]);
		result.problems.push(...table.problems);
		result.read += table.read;
		result.rejected += table.rejected;
		table.rows.forEach((r, i) => {
			const soc = socOfOnet(r[CODE]);
			if (soc === null) {
				result.rejected++;
				result.problems.push({ kind: 'badCode', file: ONET_FILES[key], line: i + 2, column: CODE, value: r[CODE], reason: 'Expected an O*NET-SOC code like 29-2072.00.' });
			} else if (keep(soc)) out.push({ soc, onetSoc: r[CODE], ...toRow(r) });
		});
	};
	take('occupations', (r) => ({ kind: 'occupation', text: r.Title, detail: r.Description, hot: false }));
	take('jobZones', (r) => ({ kind: 'jobZone', text: r['Job Zone'], detail: '', hot: false }));
	take('tasks', (r) => ({ kind: 'task', text: r.Task, detail: r['Task Type'], hot: false }));
	take('titles', (r) => ({ kind: 'title', text: r['Reported Job Title'], detail: '', hot: false }));
	take('technology', (r) => ({ kind: 'technology', text: r.Example, detail: r['Commodity Title'], hot: r['Hot Technology'] === 'Y' }));
	const order = new Map(out.map((r, i) => [r, i]));
	out.sort((a, b) => compareText(a.onetSoc, b.onetSoc) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || order.get(a)! - order.get(b)!);
	return result;
}
