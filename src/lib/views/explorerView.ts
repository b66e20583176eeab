import type { PayRangeRow } from '../charts/layoutPayRange';
import type { Career, Figure, Source } from '../data/schema';
import { COLUMN_BY_ID, type ExplorerColumn } from '../model/explorerColumns';
import type { ExplorerRow } from '../model/explorerRows';
import { latestPublished, nationalReleases, releaseYear } from '../model/nationalReleases';
import { ENTRY_EDUCATION, SOC_MAJOR_GROUPS } from '../model/socMajorGroups';
import type { ExploreContext, ExploreState } from '../state/exploreFilters';

/** More rows than this and the chart draws the first ones in table order, with a note saying so. */
export const CHART_CAP = 30;
/** /compare takes at most this many careers. */
export const COMPARE_MAX = 6;

/** What the explorer's URL may name, from the releases loaded (published and imported). */
export function exploreContext(sources: readonly Source[]): ExploreContext {
	const releases = nationalReleases(sources);
	const latest = latestPublished(sources) ?? releases.at(-1);
	return {
		releases: releases.map(releaseYear),
		defaultRelease: latest ? releaseYear(latest) : '',
		majors: Object.keys(SOC_MAJOR_GROUPS),
		educations: ENTRY_EDUCATION
	};
}

/** The columns a state shows, in its order. */
export const shownColumns = (state: ExploreState): ExplorerColumn[] => state.columns.map((id) => COLUMN_BY_ID.get(id)!).filter(Boolean);

/** The chart's rows: the first CHART_CAP shown rows, in table order, coding roles emphasised, each mean with its RSE for the interval. */
export function chartRows(rows: readonly ExplorerRow[], basis: ExploreState['basis']): PayRangeRow[] {
	return rows.slice(0, CHART_CAP).map((r) => {
		const w = r.wage[basis];
		return { soc: r.soc, label: r.title, p10: w.p10, p25: w.p25, median: w.median, p75: w.p75, p90: w.p90, emphasis: r.group === 'coding', mean: w.mean, meanRse: r.wage.meanRse };
	});
}

/** What the chart draws, as a key: the charted codes in order and the unit. A sort that keeps them leaves the chart as it is. */
export const chartKeyOf = (rows: readonly ExplorerRow[], basis: ExploreState['basis']) => `${basis}:${rows.slice(0, CHART_CAP).map((r) => r.soc).join(',')}`;

/** "Compare these": the first shown rows /compare can show (it covers the careers in careers.csv), at most six. */
export function compareCodes(rows: readonly ExplorerRow[], careers: readonly Career[]): { codes: string[]; outside: number } {
	const known = new Set(careers.map((c) => c.soc));
	const first = rows.slice(0, COMPARE_MAX);
	const codes = rows.filter((r) => known.has(r.soc)).slice(0, COMPARE_MAX).map((r) => r.soc);
	return { codes, outside: first.filter((r) => !known.has(r.soc)).length };
}

/** The top-code threshold of a release in a unit, for "≥ $239,200". */
export const topCodeOf = (release: Source | undefined, basis: ExploreState['basis']): Figure =>
	release ? (basis === 'hourly' ? release.topCodeHourly : release.topCodeAnnual) : { missing: 'notAvailable' };

/** "37 of 830 occupations". */
export const rowCountText = (shown: number, total: number) => `${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} occupation${total === 1 ? '' : 's'}`;
