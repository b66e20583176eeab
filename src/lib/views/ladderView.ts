import type { OutlookRow } from '../charts/layoutOutlook';
import type { PayRangeRow } from '../charts/layoutPayRange';
import type { TrainingRow } from '../charts/layoutTraining';
import type { Figure, PayBasis, Source } from '../data/schema';
import { formatChange, formatWage } from '../format';
import { projectionSourceOf } from '../model/assembleDataset';
import { careerCredentials } from '../model/careerCredentials';
import { careerTitle } from '../model/careerTitle';
import type { Dataset } from '../model/dataset';
import { CODING_CAREERS, COMPARED_CAREERS } from '../model/featuredCareers';
import { ladderSteps, type LadderStep } from '../model/ladderSteps';
import { rowsOfSoc } from '../model/rowIndex';
import { allOccupationsRate } from '../model/summarizeGrowth';
import { credentialGaps } from './credentialGaps';
import { releasePage, type ReleasePage } from './pageParams';
import { oewsLine, projectionsLine } from './sourceLines';
import { trainingSource } from './trainingSource';

/** A recorded requirement of one of a step's credentials, as the step lists it. */
export interface StepFact {
	credential: string;
	/** The certifying body; "" when the file names none. */
	body: string;
	/** The requirement, without the credential repeated before it ("RHIA: …"). */
	text: string;
	publisher: string;
	/** The first address of the fact's source; "" when it holds none. */
	url: string;
	/** The source kind when its compiler marked it "verify"; "" otherwise. */
	unverified: string;
}

/** One ladder step with its figures written out as the page prints them. */
export interface LadderStepView extends LadderStep {
	/** The step's median pay in the page's unit, e.g. "$51,140". */
	median: string;
	/** Growth 2024–34, e.g. "+7.1%"; "" without a projection. */
	change: string;
	/** For a step without a code: where BLS may count it, each with that whole code's median or why there is none. */
	counted: { soc: string; title: string; note: string }[];
	facts: StepFact[];
	/** The step's credentials whose requirements the facts file does not record. */
	unrecorded: string[];
	/** Credentials the salary surveys name for the step's career beyond those the step lists (e.g. CRC for the coder). */
	surveyed: string[];
	/** Employment Projections publish a row for the step's code. */
	projected: boolean;
	/** Trade-survey figures of the step's credentials in one sentence; "" without any. */
	surveyLine: string;
}

/** What /ladder draws: the coding advancement path, its pay and outlook charts, and training against pay. */
export interface LadderView extends ReleasePage {
	basis: PayBasis;
	/** "a year" or "an hour". */
	per: string;
	steps: LadderStepView[];
	/** The facts file's gap sentence as an aside after "requirements not recorded", e.g. " (no public source …)"; "" without one. */
	gapsAside: string;
	pay: { rows: PayRangeRow[]; basis: PayBasis; release: string; topCode: Figure; source: string };
	/** Lower-case titles of the steps without a BLS code (not drawn). */
	uncoded: string[];
	outlook: { rows: OutlookRow[]; allRate: Figure; source: string };
	training: { rows: TrainingRow[]; topCode: Figure; payRelease: string; period: string; source: string };
}

// Facts sometimes repeat their credential ("RHIA: …") after the credential's own label.
const withoutPrefix = (text: string, credential: string) => (text.startsWith(`${credential}:`) ? text.slice(credential.length + 1).trim() : text);

const factsOf = (s: LadderStep): StepFact[] =>
	s.credentials.flatMap(({ credential, fact }) =>
		fact
			? [
					{
						credential,
						body: fact.certifyingBody,
						text: withoutPrefix(fact.factValue, credential),
						publisher: fact.sourcePublisher,
						url: fact.sourceUrl.startsWith('http') ? fact.sourceUrl.split(' ')[0] : '',
						unverified: /verify/i.test(fact.sourceKind) ? fact.sourceKind : ''
					}
				]
			: []
	);

/** The ladder in the URL's release and pay unit. */
export function ladderView(ds: Dataset, params: URLSearchParams): LadderView {
	const page = releasePage(ds, params);
	const { release } = page;
	const basis = page.choices.basis;
	const topCode = basis === 'annual' ? release.topCodeAnnual : release.topCodeHourly;
	const money = (f: Figure) => formatWage(f, basis, topCode);
	const per = basis === 'hourly' ? 'an hour' : 'a year';
	const ep: Source | undefined = projectionSourceOf(ds);
	const gaps = credentialGaps(ds.sources);
	const raw = ladderSteps(ds, release.id, basis);
	const steps = raw.map(
		(s): LadderStepView => ({
			...s,
			median: money(s.pay?.median ?? { missing: 'notInRelease' }),
			change: s.growth ? formatChange(s.growth.percentChange) : '',
			counted: s.countedIn.map((c) => ({
				soc: c.soc,
				title: c.title,
				note: c.pay ? ` (median for the whole code ${money(c.pay.median)} ${per}, OEWS ${release.release})` : c.inData ? '' : ' — not in this data'
			})),
			facts: factsOf(s),
			unrecorded: s.credentials.filter((c) => !c.fact).map((c) => c.credential),
			surveyed: s.soc
				? careerCredentials(s.soc, ds.certifications, ds.surveys, null)
						.namedInSurveys.map((n) => n.code)
						.filter((code) => !s.credentials.some((c) => c.credential === code))
				: [],
			projected: s.soc !== null && rowsOfSoc(ds.projections, s.soc).length > 0,
			surveyLine: s.survey.map((r) => `${r.category}, ${r.organization} ${r.surveyYear} survey, ${r.statistic} ${formatWage(r.value, 'annual')} a year`).join('; ')
		})
	);
	return {
		...page,
		basis,
		per,
		steps,
		gapsAside: gaps ? ` (${gaps.replace(/\.$/, '').replace(/^No/, 'no')})` : '',
		pay: {
			rows: raw.flatMap((s) => (s.pay ? [{ soc: s.pay.soc, label: s.title, p10: s.pay.p10, p25: s.pay.p25, median: s.pay.median, p75: s.pay.p75, p90: s.pay.p90, emphasis: true }] : [])),
			basis,
			release: release.release,
			topCode,
			source: oewsLine(release, 'national')
		},
		uncoded: raw.filter((s) => !s.soc).map((s) => s.title.toLowerCase()),
		outlook: {
			rows: raw.flatMap((s) => (s.growth && s.soc ? [{ soc: s.soc, label: s.title, growth: s.growth, emphasis: true }] : [])),
			allRate: allOccupationsRate(ds.projections),
			source: projectionsLine(ep)
		},
		training: {
			rows: [...CODING_CAREERS, ...COMPARED_CAREERS].flatMap((soc) => {
				const p = rowsOfSoc(ds.projections, soc)[0];
				return p ? [{ soc, label: careerTitle(ds.careers, soc) ?? p.title, education: p.education, medianPay: p.medianWage, openings: p.openingsPerYear, emphasis: CODING_CAREERS.includes(soc) }] : [];
			}),
			topCode: ep?.topCodeAnnual ?? { missing: 'notAvailable' },
			payRelease: 'OEWS May 2024',
			period: '2024–34',
			source: trainingSource(release.release, ep)
		}
	};
}
