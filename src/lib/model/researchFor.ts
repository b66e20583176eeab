import type { AiApplicability, AiExposure, Telework } from '../data/researchCodecs';

/** The research measures for one SOC code; each part is empty where its source does not cover the code. */
export interface CareerResearch {
	soc: string;
	/** Eloundou et al.: one row per O*NET occupation under the code (29-1071.00 and .01 both). */
	exposure: AiExposure[];
	applicability: AiApplicability | null;
	telework: Telework | null;
}

/** All research rows, as the tidy files ship them. */
export interface ResearchRows {
	exposure: readonly AiExposure[];
	applicability: readonly AiApplicability[];
	telework: readonly Telework[];
}

/** Picks one code's rows out of every research file; codes are compared as strings. */
export const researchFor = (rows: ResearchRows, soc: string): CareerResearch => ({
	soc,
	exposure: rows.exposure.filter((r) => r.soc === soc),
	applicability: rows.applicability.find((r) => r.soc === soc) ?? null,
	telework: rows.telework.find((r) => r.soc === soc) ?? null
});
