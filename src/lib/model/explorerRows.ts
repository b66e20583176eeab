import type { Career, ProjectionRecord, WageRecord } from '../data/schema';

/** The explorer's groups: the project's coding roles, other healthcare (SOC 29-, 31- and the careers it covers), everything else. */
export type ExplorerGroup = 'coding' | 'healthcare' | 'other';

export const GROUP_LABELS: Record<ExplorerGroup, string> = {
	coding: 'coding and health information',
	healthcare: 'other healthcare',
	other: 'other occupations'
};

/** One occupation of a release, with its projection when Employment Projections has the same code. */
export interface ExplorerRow {
	soc: string;
	title: string;
	/** SOC major group, the first two digits ("29"). */
	major: string;
	group: ExplorerGroup;
	/** The searchable career: title and the words people use (aliases from careers.csv where the project has them). */
	career: Career;
	wage: WageRecord;
	projection: ProjectionRecord | null;
}

/** Group of a code: the project's own group when it covers the career, else healthcare for SOC 29-/31-, else other. */
export function explorerGroup(soc: string, career: Career | undefined): ExplorerGroup {
	if (career?.group === 'coding') return 'coding';
	if (career || soc.startsWith('29-') || soc.startsWith('31-')) return 'healthcare';
	return 'other';
}

/**
 * The explorer's rows: one per detailed occupation of the release's national cross-industry rows, in SOC
 * order, joined by code to the projections' line items. Rows of other levels or areas are left out; a row
 * with no level stated is taken at the level careers.csv gives its code, and left out when the code is not there.
 */
export function explorerRows(wages: readonly WageRecord[], projections: readonly ProjectionRecord[], careers: readonly Career[]): ExplorerRow[] {
	const careerBySoc = new Map(careers.map((c) => [c.soc, c]));
	const projectionBySoc = new Map(projections.filter((p) => p.occupationType === 'Line item').map((p) => [p.soc, p]));
	const seen = new Set<string>();
	const rows: ExplorerRow[] = [];
	for (const w of wages) {
		if (w.areaCode !== '99' || w.naics !== '000000' || seen.has(w.soc)) continue;
		const known = careerBySoc.get(w.soc);
		// A file that leaves the level blank (this site's own chart exports do) counts the careers the project knows as detailed.
		if ((w.level || (known?.level ?? '')) !== 'detailed') continue;
		seen.add(w.soc);
		const group = explorerGroup(w.soc, known);
		rows.push({
			soc: w.soc,
			title: w.title,
			major: w.soc.slice(0, 2),
			group,
			career: { soc: w.soc, title: w.title, group: group === 'coding' ? 'coding' : 'healthcare', level: 'detailed', aliases: known?.aliases ?? [], note: known?.note ?? '' },
			wage: w,
			projection: projectionBySoc.get(w.soc) ?? null
		});
	}
	return rows.sort((a, b) => (a.soc < b.soc ? -1 : a.soc > b.soc ? 1 : 0));
}
