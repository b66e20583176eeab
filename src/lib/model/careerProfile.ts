import type { Career, CertificationFact, PayBasis, ProjectionRecord } from '../data/schema';
import { careerBySoc, type Dataset } from './dataset';
import { allOccupationsRate, summarizeGrowth, type GrowthSummary } from './summarizeGrowth';
import { summarizePay, type PaySummary } from './summarizePay';
import { rowsOfSoc } from './rowIndex';

/** Everything the quick facts of one career show, each piece from one source row. */
export interface CareerProfile {
	career: Career;
	pay: Record<PayBasis, PaySummary | null>;
	projection: ProjectionRecord | null;
	growth: GrowthSummary | null;
	/** Certification and program facts from checked sources (education rows come from the projection instead). */
	certifications: CertificationFact[];
}

const EDUCATION_FACTS = new Set(['typical_entry_level_education', 'work_experience_in_related_occupation', 'typical_on_the_job_training']);

/** The quick-facts profile of a career in one OEWS release; null when the code is not a career in the data. */
export function careerProfile(data: Dataset, soc: string, sourceId: string): CareerProfile | null {
	const career = careerBySoc(data.careers, soc);
	if (!career) return null;
	const projection = rowsOfSoc(data.projections, soc)[0] ?? null;
	return {
		career,
		pay: { annual: summarizePay(data.wages, soc, sourceId, 'annual'), hourly: summarizePay(data.wages, soc, sourceId, 'hourly') },
		projection,
		growth: projection ? summarizeGrowth(projection, allOccupationsRate(data.projections)) : null,
		// Facts their compiler flagged "verify" stay on the career page with that caveat, out of the quick facts.
		certifications: data.certifications.filter((c) => c.socs.includes(soc) && !EDUCATION_FACTS.has(c.factType) && !/verify/i.test(c.sourceKind))
	};
}
