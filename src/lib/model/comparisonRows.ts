import type { Career, PayBasis, ProjectionRecord, Source } from '../data/schema';
import type { Dataset } from './dataset';
import { nationalReleases } from './nationalReleases';
import { allOccupationsRate, summarizeGrowth, type GrowthSummary } from './summarizeGrowth';
import { summarizePay, type PaySummary } from './summarizePay';
import { trendAcrossReleases, type TrendPoint } from './trendAcrossReleases';
import { rowsOfSoc } from './rowIndex';

/** Everything the compare view draws for one chosen career. */
export interface ComparisonRow {
	career: Career;
	pay: PaySummary | null;
	trend: TrendPoint[];
	projection: ProjectionRecord | null;
	growth: GrowthSummary | null;
}

/** One row per chosen career: pay in the chosen release and unit, its median across releases, its outlook. */
export function comparisonRows(data: Dataset, careers: readonly Career[], release: Source, basis: PayBasis): ComparisonRow[] {
	const allRate = allOccupationsRate(data.projections);
	return careers.map((career) => {
		const projection = rowsOfSoc(data.projections, career.soc)[0] ?? null;
		return {
			career,
			pay: summarizePay(data.wages, career.soc, release.id, basis),
			trend: trendAcrossReleases(data.wages, nationalReleases(data.sources), career.soc, 'median', basis),
			projection,
			growth: projection ? summarizeGrowth(projection, allRate) : null
		};
	});
}
