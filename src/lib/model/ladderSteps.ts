import type { Career, CertificationFact, PayBasis } from '../data/schema';
import { careerBySoc, type Dataset } from './dataset';
import { allOccupationsRate, summarizeGrowth, type GrowthSummary } from './summarizeGrowth';
import { summarizePay, type PaySummary } from './summarizePay';
import { surveyRows, type SurveyRow } from './surveyRows';
import { rowsOfSoc } from './rowIndex';

/** One rung of a career ladder as defined here; the figures come from the data. */
export interface LadderDefinition {
	id: string;
	title: string;
	/** The step's own SOC code, or null when BLS has none for it. */
	soc: string | null;
	/** For a step without a code: the codes BLS may count it in. */
	countedIn?: string[];
	/** Credentials commonly tied to the step (names only; requirements come from certifications.csv). */
	credentials: string[];
}

/** The coding advancement path: coder → coding auditor / compliance → health information technologist → manager. */
export const CODING_LADDER: LadderDefinition[] = [
	{ id: 'coder', title: 'Medical records specialist (medical coder)', soc: '29-2072', credentials: ['CPC', 'CCS'] },
	{ id: 'auditor', title: 'Coding auditor / compliance', soc: null, countedIn: ['29-2072', '13-1041'], credentials: ['CPMA'] },
	{ id: 'technologist', title: 'Health information technologist', soc: '29-9021', credentials: ['RHIT', 'RHIA'] },
	{ id: 'manager', title: 'Medical and health services manager', soc: '11-9111', credentials: [] }
];

/** Names of codes the ladder mentions that may be missing from careers.csv. */
const KNOWN_TITLES: Record<string, string> = { '13-1041': 'Compliance Officers' };

/** A credential of a step: the requirement as recorded, or null when no public source is recorded. */
export interface StepCredential {
	credential: string;
	fact: CertificationFact | null;
}

export interface LadderStep {
	id: string;
	title: string;
	soc: string | null;
	career: Career | null;
	/** For a step without a code: each code it may be counted in, whether that code is in this data, and that whole code's pay. */
	countedIn: { soc: string; title: string; inData: boolean; pay: PaySummary | null }[];
	pay: PaySummary | null;
	growth: GrowthSummary | null;
	/** BLS typical entry-level education, work experience and on-the-job training; "" without a projection. */
	education: string;
	experience: string;
	training: string;
	/** What this step asks beyond the previous one, in words built from the BLS categories. */
	adds: string[];
	credentials: StepCredential[];
	/** Trade-survey salary figures for the step's credentials (member means; never merged with BLS). */
	survey: SurveyRow[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const credentialOf = (category: string) => category.split(/[\s(]/)[0];

/**
 * The ladder's steps with pay (one OEWS release and unit), outlook and training from the data. A step
 * without a BLS code carries no figures of its own: it says where BLS counts it, and whether that code
 * is in this data, rather than borrowing another code's numbers.
 */
export function ladderSteps(data: Dataset, sourceId: string, basis: PayBasis, ladder: readonly LadderDefinition[] = CODING_LADDER): LadderStep[] {
	const credentialRows = surveyRows(data.surveys, 'credential');
	let previous: LadderStep | null = null;
	return ladder.map((d) => {
		const projection = d.soc ? (rowsOfSoc(data.projections, d.soc)[0] ?? null) : null;
		const step: LadderStep = {
			id: d.id,
			title: d.title,
			soc: d.soc,
			career: d.soc ? (careerBySoc(data.careers, d.soc) ?? null) : null,
			countedIn: (d.countedIn ?? []).map((soc) => {
				const career = careerBySoc(data.careers, soc);
				return { soc, title: career?.title ?? KNOWN_TITLES[soc] ?? soc, inData: career !== undefined, pay: summarizePay(data.wages, soc, sourceId, basis) };
			}),
			pay: d.soc ? summarizePay(data.wages, d.soc, sourceId, basis) : null,
			growth: projection ? summarizeGrowth(projection, allOccupationsRate(data.projections)) : null,
			education: projection?.education ?? '',
			experience: projection?.experience ?? '',
			training: projection?.training ?? '',
			adds: [],
			credentials: d.credentials.map((credential) => ({
				credential,
				fact: data.certifications.find((c) => same(c.credential, credential) && c.factType === 'certification_eligibility') ?? null
			})),
			survey: credentialRows.filter((r) => d.credentials.some((c) => same(credentialOf(r.category), c)))
		};
		if (step.education && (!previous?.education || !same(previous.education, step.education)))
			step.adds.push(`Typical entry education: ${step.education}`);
		if (step.experience && !same(step.experience, 'None')) step.adds.push(`Work experience in a related occupation: ${step.experience}`);
		if (step.training && !same(step.training, 'None')) step.adds.push(`On-the-job training: ${step.training}`);
		if (step.education) previous = step;
		return step;
	});
}
