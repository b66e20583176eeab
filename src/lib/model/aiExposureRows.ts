import type { ResearchRows } from './researchFor';

/** One measure of one occupation: the value as published and its percentile among the source file. */
export interface Measure {
	value: number;
	percentile: number;
}

/** The AI measures the /compare chart draws for one O*NET occupation (or a SOC code O*NET does not split). */
export interface AiExposureRow {
	soc: string;
	/** The O*NET-SOC code of the Eloundou row; "" when Eloundou has none for the code. */
	onetSoc: string;
	label: string;
	/** Coding roles are drawn in the highlight colour. */
	emphasis: boolean;
	gpt4: Measure | null;
	human: Measure | null;
	/** Microsoft's score is by SOC code: every O*NET occupation under one code shares it. */
	microsoft: Measure | null;
}

/**
 * Rows for the compared careers, then the coding roles not already among them; one row per O*NET occupation
 * under a code (29-1071.00 and 29-1071.01 by name), so no measure is averaged across occupations.
 */
export function aiExposureRows(research: ResearchRows, chosen: readonly string[], coding: readonly string[], titleOf: (soc: string) => string): AiExposureRow[] {
	const socs = [...chosen, ...coding.filter((c) => !chosen.includes(c))];
	return socs.flatMap((soc): AiExposureRow[] => {
		const exposure = research.exposure.filter((e) => e.soc === soc);
		const m = research.applicability.find((a) => a.soc === soc);
		const microsoft = m ? { value: m.score, percentile: m.percentile } : null;
		const base = { soc, emphasis: coding.includes(soc), microsoft };
		if (exposure.length === 0) return [{ ...base, onetSoc: '', label: titleOf(soc), gpt4: null, human: null }];
		return exposure.map((e) => ({
			...base,
			onetSoc: e.onetSoc,
			label: exposure.length > 1 ? `${titleOf(soc)}: ${e.title}` : titleOf(soc),
			gpt4: { value: e.gpt4Beta, percentile: e.gpt4BetaPercentile },
			human: { value: e.humanBeta, percentile: e.humanBetaPercentile }
		}));
	});
}
