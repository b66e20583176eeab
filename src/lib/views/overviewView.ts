import { growthPointsFrom, type GrowthPoint } from '../charts/layoutGrowthScatter';
import { payRangeRowsFrom, type PayRangeRow } from '../charts/layoutPayRange';
import type { PayBasis, Source } from '../data/schema';
import { projectionSourceOf } from '../model/assembleDataset';
import { careerProfile, type CareerProfile } from '../model/careerProfile';
import { compareToReference, type PayComparison } from '../model/compareToReference';
import type { Dataset } from '../model/dataset';
import { CODER, CODING_CAREERS, COMPARED_CAREERS, DEFAULT_COMPARE } from '../model/featuredCareers';
import { summarizePay, type PaySummary } from '../model/summarizePay';
import { careerTitle, titleLookup } from '../model/careerTitle';
import { releasePage, type ReleasePage } from './pageParams';

/** What the overview draws: the coder's quick facts, pay ranges, medians against the coder, growth against pay. */
export interface OverviewView extends ReleasePage {
	coder: CareerProfile | null;
	payRows: PayRangeRow[];
	versusCoder: PayComparison[];
	points: GrowthPoint[];
	projectionSource: Source | undefined;
	titleOf: (soc: string) => string;
}

const isCoding = (soc: string) => CODING_CAREERS.includes(soc);

export function overviewView(ds: Dataset, params: URLSearchParams): OverviewView {
	const page = releasePage(ds, params);
	const { release, choices } = page;
	const titleOf = titleLookup(ds.careers);
	const pay = (soc: string, basis: PayBasis) => summarizePay(ds.wages, soc, release.id, basis);
	const summaries = [...CODING_CAREERS, ...COMPARED_CAREERS].map((soc) => pay(soc, choices.basis)).filter((s): s is PaySummary => s !== null);
	const annual = DEFAULT_COMPARE.map((soc) => pay(soc, 'annual')).filter((s): s is PaySummary => s !== null);
	return {
		...page,
		coder: careerProfile(ds, CODER, release.id),
		payRows: payRangeRowsFrom(summaries, titleOf, isCoding),
		versusCoder: compareToReference(annual, CODER, 'median').filter((c) => c.soc !== CODER),
		points: growthPointsFrom(
			ds.projections.filter((p) => p.soc.startsWith('29-') || p.soc.startsWith('31-') || isCoding(p.soc)),
			(soc) => careerTitle(ds.careers, soc),
			isCoding,
			(soc) => isCoding(soc) || COMPARED_CAREERS.includes(soc)
		),
		projectionSource: projectionSourceOf(ds),
		titleOf
	};
}
