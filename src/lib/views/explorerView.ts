import type { GrowthPoint } from '../charts/layoutGrowthScatter';
import type { PayRangeRow } from '../charts/layoutPayRange';
import type { Career, Figure, ProjectionRecord, Source } from '../data/schema';
import { formatCount, formatPeriod } from '../format';
import { COLUMN_BY_ID, type ExplorerColumn } from '../model/explorerColumns';
import type { ExplorerRow } from '../model/explorerRows';
import { latestPublished, nationalReleases, releaseYear } from '../model/nationalReleases';
import { ENTRY_EDUCATION, SOC_MAJOR_GROUPS } from '../model/socMajorGroups';
import type { ExploreContext, ExploreState } from '../state/exploreFilters';

/** The period of the Employment Projections the column labels name. */
const PUBLISHED_PERIOD = '2024–34';

/** More rows than this and the chart draws the first ones in table order, with a note saying so. */
export const CHART_CAP = 30;
/** The growth scatter holds more points legibly (one mark each, few labels); past this it draws the first ones too. */
export const GROWTH_CAP = 250;
/** The first rows of the table are labelled on the growth scatter (coding roles among them in bold). */
export const GROWTH_LABELS = 8;
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

/** The projections' period as BLS writes it ("2024–34"), from the records' own years; the published period when there are none. */
export function projectionPeriod(projections: readonly Pick<ProjectionRecord, 'baseYear' | 'targetYear'>[] | null): string {
	const p = projections?.[0];
	return p ? formatPeriod(p.baseYear, p.targetYear) : PUBLISHED_PERIOD;
}

/** The columns a state shows, in its order; the projections' columns name the period of the set shown. */
export function shownColumns(state: ExploreState, period = PUBLISHED_PERIOD): ExplorerColumn[] {
	const columns = state.columns.map((id) => COLUMN_BY_ID.get(id)!).filter(Boolean);
	if (period === PUBLISHED_PERIOD) return columns;
	return columns.map((c) => (c.from === 'ep' ? { ...c, label: c.label.replace(PUBLISHED_PERIOD, period), note: c.note.replaceAll(PUBLISHED_PERIOD, period) } : c));
}

/** The chart's rows: the first CHART_CAP shown rows, in table order, coding roles emphasised, each mean with its RSE for the interval. */
export function chartRows(rows: readonly ExplorerRow[], basis: ExploreState['basis']): PayRangeRow[] {
	return rows.slice(0, CHART_CAP).map((r) => {
		const w = r.wage[basis];
		return { soc: r.soc, label: r.title, p10: w.p10, p25: w.p25, median: w.median, p75: w.p75, p90: w.p90, emphasis: r.group === 'coding', mean: w.mean, meanRse: r.wage.meanRse };
	});
}

/** How many of the rows a chart draws at most. */
export const chartCap = (chart: ExploreState['chart']) => (chart === 'growth' ? GROWTH_CAP : CHART_CAP);

/**
 * What the chart draws, as a key: the chart, the unit and the charted codes in order (for the scatter, whose
 * marks do not depend on order, the codes sorted but the labelled first ones in order). A sort that keeps it leaves the chart as it is.
 */
export function chartKeyOf(rows: readonly ExplorerRow[], basis: ExploreState['basis'], chart: ExploreState['chart']): string {
	const codes = rows.slice(0, chartCap(chart)).map((r) => r.soc);
	if (chart === 'pay') return `pay:${basis}:${codes.join(',')}`;
	return `growth:${basis}:${codes.slice(0, GROWTH_LABELS).join(',')}:${codes.toSorted().join(',')}`;
}

/**
 * The growth scatter's points: the first GROWTH_CAP shown rows, each occupation's median in the unit against its
 * projected change 2024–34, area by openings; the first GROWTH_LABELS rows labelled, coding roles emphasised.
 * A row without a projection keeps its place in the list and the chart names it as not shown.
 */
export function growthPoints(rows: readonly ExplorerRow[], basis: ExploreState['basis']): GrowthPoint[] {
	const none = { missing: 'notInRelease' } as const;
	return rows.slice(0, GROWTH_CAP).map((r, i) => ({
		soc: r.soc,
		label: r.title,
		wage: r.wage[basis].median,
		change: r.projection?.percentChange ?? none,
		openings: r.projection?.openingsPerYear ?? none,
		emphasis: r.group === 'coding',
		labelled: i < GROWTH_LABELS
	}));
}

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
export const rowCountText = (shown: number, total: number) => `${formatCount(shown)} of ${formatCount(total)} occupation${total === 1 ? '' : 's'}`;
