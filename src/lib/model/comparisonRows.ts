import type { Career, PayBasis, ProjectionRecord, Source } from '../data/schema';
import type { Dataset } from './dataset';
import { nationalReleases } from './nationalReleases';
import { allOccupationsRate, summarizeGrowth, type GrowthSummary } from './summarizeGrowth';
import { summarizePay, type PaySummary } from './summarizePay';
import { trendAcrossReleases, type TrendPoint } from './trendAcrossReleases';
import { rowsOfSoc } from './rowIndex';

/** One career's pay in one release and unit, and its outlook. */
export interface CareerFigures {
	career: Career;
	pay: PaySummary | null;
	projection: ProjectionRecord | null;
	growth: GrowthSummary | null;
}

/** Everything the compare view draws for one chosen career: its figures and its median across releases. */
export interface ComparisonRow extends CareerFigures {
	trend: TrendPoint[];
}

/** One row per career: pay in the chosen release and unit, its outlook (pages that draw no trend from the rows). */
export function careerFigures(data: Dataset, careers: readonly Career[], release: Source, basis: PayBasis): CareerFigures[] {
	const allRate = allOccupationsRate(data.projections);
	return careers.map((career) => {
		const projection = rowsOfSoc(data.projections, career.soc)[0] ?? null;
		return { career, pay: summarizePay(data.wages, career.soc, release.id, basis), projection, growth: projection ? summarizeGrowth(projection, allRate) : null };
	});
}

/** One row per chosen career: pay in the chosen release and unit, its median across releases, its outlook. */
export function comparisonRows(data: Dataset, careers: readonly Career[], release: Source, basis: PayBasis): ComparisonRow[] {
	const releases = nationalReleases(data.sources);
	return careerFigures(data, careers, release, basis).map((r) => ({ ...r, trend: trendAcrossReleases(data.wages, releases, r.career.soc, 'median', basis) }));
}
