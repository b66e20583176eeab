import type { GrowthPoint } from '../charts/layoutGrowthScatter';
import { growthPointsFrom } from '../charts/layoutGrowthScatter';
import type { OutlookRow } from '../charts/layoutOutlook';
import type { PayRangeRow } from '../charts/layoutPayRange';
import type { TrainingRow } from '../charts/layoutTraining';
import type { CpiYear } from '../data/cpiCodec';
import type { Figure, PayBasis, Source } from '../data/schema';
import type { Provenance } from '../export/exportColumns';
import { chooseCareers } from '../model/chooseCareers';
import { compareToReference, type PayComparison } from '../model/compareToReference';
import { allOccupationsRate } from '../model/summarizeGrowth';
import { careerTitle, titleLookup } from '../model/careerTitle';
import { outlookRowsOf, payRowsOf, paySummariesOf } from './comparisonCharts';
import { projectionSourceOf } from '../model/assembleDataset';
import { oewsLine, projectionsLine, trendLine } from './sourceLines';
import { trainingSource } from './trainingSource';
import { trendInDollars, type TrendProps } from './trendInDollars';
import { comparisonRows, type ComparisonRow } from '../model/comparisonRows';
import type { Dataset } from '../model/dataset';
import { CODER, DEFAULT_COMPARE } from '../model/featuredCareers';
import { latestPublished, nationalReleases, releaseYear } from '../model/nationalReleases';
import { paybackCareers } from '../model/paybackCareers';
import type { PaybackCareer } from '../model/paybackInputs';
import { parseFilters, type Filters } from '../state/filters';
import { shownRelease } from '../state/releaseParam';

/** Ids of the charts a comparison shows, in their default order (also the /embed/[chart] ids). */
export const COMPARE_CHARTS = ['pay', 'trend', 'outlook', 'training'] as const;
export type CompareChart = (typeof COMPARE_CHARTS)[number];
/** Every chart an embed can show: the comparison's four and the growth-versus-pay scatter. */
export const EMBED_CHARTS = [...COMPARE_CHARTS, 'growth'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

export const EP_SOURCE = 'ep-2024-34';

/** Everything /compare (and its presentation, handout and embeds) draws, from the URL's search params. */
export interface CompareView {
	filters: Filters;
	defaults: Filters;
	/** What in the URL could not be used, for the notice. */
	invalid: string[];
	releases: Source[];
	/** The release shown: the one asked for once its rows are in, meanwhile the latest published. */
	release: Source;
	/** The release asked for while its rows are fetched (a page ships only the latest). */
	pending: Source | null;
	rows: ComparisonRow[];
	/** Careers without pay in the chosen release. */
	missingPay: ComparisonRow[];
	/** Medians against the reference career. */
	versus: PayComparison[];
	titleOf: (soc: string) => string;
	topCode: Figure;
	/** Props of each chart, ready to spread onto the chart component. */
	pay: { rows: PayRangeRow[]; /** Chosen careers the release does not list, by title. */ absent: string[]; basis: PayBasis; release: string; topCode: Figure; source: string; provenance: Provenance };
	trend: TrendProps;
	outlook: { rows: OutlookRow[]; /** All-occupations percent change, the chart's reference line. */ allRate: Figure; source: string; provenance: Provenance };
	training: { rows: TrainingRow[]; topCode: Figure; payRelease: string; period: string; source: string; provenance: Provenance };
	growth: { points: GrowthPoint[]; topCode: Figure; source: string; provenance: Provenance };
	/** The chosen careers for the payback calculator: annual pay of the chosen release, typical entry education. */
	payback: PaybackCareer[];
}

/** Builds the comparison a URL asks for; anything invalid falls back to the defaults and is listed in `invalid`. */
export function compareView(ds: Dataset, params: URLSearchParams, cpi: readonly CpiYear[] = []): CompareView {
	const releases = nationalReleases(ds.sources);
	// The default is the latest published release, so importing a file never changes what a plain link shows.
	const defaults: Filters = { careers: DEFAULT_COMPARE, ref: CODER, release: releaseYear(latestPublished(ds.sources) ?? releases.at(-1)!), basis: 'annual' };
	const parsed = parseFilters(params, { careers: new Set(ds.careers.map((c) => c.soc)), releases: releases.map(releaseYear), defaults });
	const filters = parsed.filters;
	const { release, pending } = shownRelease(ds, filters.release);
	const chosen = chooseCareers(ds.careers, filters.careers).careers;
	const rows = comparisonRows(ds, chosen, release, filters.basis);
	const titleOf = titleLookup(ds.careers);
	const topCode = filters.basis === 'annual' ? release.topCodeAnnual : release.topCodeHourly;
	const ep = projectionSourceOf(ds);
	const epId = ep?.id ?? EP_SOURCE;
	const epLine = projectionsLine(ep);
	const isRef = (soc: string) => soc === filters.ref;
	const shown = new Set(filters.careers);
	const sources = ds.sources;
	return {
		filters,
		defaults,
		invalid: parsed.invalid,
		releases,
		release,
		pending,
		rows,
		missingPay: rows.filter((r) => r.pay === null),
		versus: compareToReference(paySummariesOf(rows), filters.ref, 'median'),
		payback: paybackCareers(ds, chosen.map((c) => c.soc), release.id),
		titleOf,
		topCode,
		pay: {
			rows: payRowsOf(rows, titleOf, isRef),
			absent: rows.filter((r) => r.pay === null).map((r) => r.career.title),
			basis: filters.basis,
			release: release.release,
			topCode,
			source: oewsLine(release),
			provenance: { sources, sourceId: release.id }
		},
		// Constant dollars only when asked for and the CPI-U is loaded; each point is deflated with its own reference year.
		trend: trendInDollars(
			rows.map((r) => ({ soc: r.career.soc, label: r.career.title, points: r.trend })),
			releases,
			filters.basis,
			filters.dollars ?? 'nominal',
			cpi,
			sources
		),
		outlook: {
			rows: outlookRowsOf(rows, isRef),
			allRate: allOccupationsRate(ds.projections),
			source: epLine,
			provenance: { sources, sourceId: epId }
		},
		training: {
			rows: rows.flatMap((r) =>
				r.projection
					? [{ soc: r.career.soc, label: r.career.title, education: r.projection.education, medianPay: r.projection.medianWage, openings: r.projection.openingsPerYear, emphasis: isRef(r.career.soc) }]
					: []
			),
			topCode: ep?.topCodeAnnual ?? { missing: 'notAvailable' },
			payRelease: 'OEWS May 2024',
			period: '2024–34',
			source: trainingSource(release.release, ep),
			provenance: { sources, sourceId: epId }
		},
		growth: {
			points: growthPointsFrom(
				ds.projections.filter((p) => p.soc.startsWith('29-') || p.soc.startsWith('31-') || shown.has(p.soc)),
				(soc) => careerTitle(ds.careers, soc),
				(soc) => shown.has(soc),
				(soc) => shown.has(soc)
			),
			topCode: ep?.topCodeAnnual ?? { missing: 'notAvailable' },
			source: epLine,
			provenance: { sources, sourceId: epId }
		}
	};
}
