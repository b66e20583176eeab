import type { OutlookRow } from '../charts/layoutOutlook';
import type { PayRangeRow } from '../charts/layoutPayRange';
import type { Career, Figure, PayBasis, SurveyFigure, WageRecord } from '../data/schema';
import type { Provenance } from '../export/exportColumns';
import { projectionSourceOf, type LoadedParts } from '../model/assembleDataset';
import { careerCredentials, type CareerCredentials } from '../model/careerCredentials';
import { careerProfile, type CareerProfile } from '../model/careerProfile';
import { titleLookup } from '../model/careerTitle';
import { careerFigures } from '../model/comparisonRows';
import type { Dataset } from '../model/dataset';
import { CODER, DEFAULT_COMPARE } from '../model/featuredCareers';
import { paybackCareers } from '../model/paybackCareers';
import type { PaybackCareer } from '../model/paybackInputs';
import { relatedCareers } from '../model/relatedCareers';
import { rowsOfSoc, surveysOfDimension } from '../model/rowIndex';
import { allOccupationsRate } from '../model/summarizeGrowth';
import { outlookRowsOf, payRowsOf } from './comparisonCharts';
import { credentialGaps } from './credentialGaps';
import { releaseOnlyPage, type ReleaseOnly, type ReleasePage } from './pageParams';
import { oewsLine, projectionsLine } from './sourceLines';

/** Everything one career's page draws: its facts, and its pay, trend and outlook beside its related careers. */
export interface CareerView extends ReleasePage<ReleaseOnly> {
	career: Career;
	profile: CareerProfile;
	related: Career[];
	/** How the related careers were chosen, in words a reader can check. */
	relatedRule: string;
	/** The career, then its related careers: every chart shows these. */
	shown: Career[];
	/** The careers the "Compare with related careers" link opens: this one and two related. */
	compareCareers: string[];
	titleOf: (soc: string) => string;
	pay: { rows: PayRangeRow[]; basis: PayBasis; release: string; topCode: Figure; source: string; provenance: Provenance };
	/** Every release's rows once fetched, for the trend; null until then. */
	history: WageRecord[] | null;
	/** The projections' period, for the outlook heading. */
	outlookPeriod: string;
	outlook: { rows: OutlookRow[]; allRate: Figure; source: string; provenance: Provenance };
	/** Titles of shown careers the projections publish no row for. */
	outlookMissing: string[];
	credentials: CareerCredentials;
	/** The facts file's note on the requirements it found no public source for. */
	credentialGaps: string;
	/** Survey figures on working remotely; only the coders' survey (AAPC) has them. */
	remoteSurvey: readonly SurveyFigure[];
	/** The payback calculator's careers: this one against the coding role, or on the coding role's page the featured comparison. */
	paybackCareers: PaybackCareer[];
}

/** The career page of `career` from the URL's `release`; `has` says which fetched parts of the dataset are in. */
export function careerView(ds: Dataset, params: URLSearchParams, career: Career, has: (part: keyof LoadedParts) => boolean = () => true): CareerView {
	const page = releaseOnlyPage(ds, params);
	const { release } = page;
	const soc = career.soc;
	const isSelf = (code: string) => code === soc;
	const relatedChoice = relatedCareers(ds, soc, release.id);
	const related = relatedChoice.careers;
	const shown = [career, ...related];
	const rows = careerFigures(ds, shown, release, 'annual');
	const titleOf = titleLookup(ds.careers);
	const ep = projectionSourceOf(ds);
	const outlookRows = outlookRowsOf(rows, isSelf);
	return {
		...page,
		career,
		profile: careerProfile(ds, soc, release.id)!,
		related,
		relatedRule: relatedChoice.rule,
		shown,
		compareCareers: [soc, ...related.slice(0, 2).map((c) => c.soc)],
		titleOf,
		pay: { rows: payRowsOf(rows, titleOf, isSelf), basis: 'annual', release: release.release, topCode: release.topCodeAnnual, source: oewsLine(release), provenance: { sources: ds.sources, sourceId: release.id } },
		history: has('history') ? ds.wages : null,
		outlookPeriod: ep?.release ?? '2024–34',
		outlook: { rows: outlookRows, allRate: allOccupationsRate(ds.projections), source: projectionsLine(ep), provenance: { sources: ds.sources } },
		outlookMissing: shown.filter((c) => !outlookRows.some((r) => r.soc === c.soc)).map((c) => c.title),
		credentials: careerCredentials(soc, ds.certifications, ds.surveys, rowsOfSoc(ds.projections, soc)[0] ?? null),
		credentialGaps: credentialGaps(ds.sources),
		remoteSurvey: soc === CODER ? surveysOfDimension(ds.surveys, 'work_arrangement') : [],
		paybackCareers: paybackCareers(ds, soc === CODER ? DEFAULT_COMPARE : [soc, CODER], release.id)
	};
}
