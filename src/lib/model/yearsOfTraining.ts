/**
 * Typical full-time years of education and training after high school, by the BLS "typical entry-level
 * education" category. An approximation (part-time study, prerequisites and on-the-job training vary),
 * which every chart that uses it states in its subtitle.
 */
const YEARS: Record<string, number> = {
	'no formal educational credential': 0,
	'high school diploma or equivalent': 0,
	'postsecondary nondegree award': 1,
	'some college, no degree': 1,
	"associate's degree": 2,
	"bachelor's degree": 4,
	"master's degree": 6,
	'doctoral or professional degree': 8
};

/** The mapping as [category, years] pairs, in order of length, for pages that show it. */
export const EDUCATION_YEARS: readonly (readonly [string, number])[] = Object.entries(YEARS);

/** Same words, whatever the case, spacing or apostrophe style of the file ("Associate’s degree"). */
const normalize = (s: string) => s.trim().toLowerCase().replace(/[\u2018\u2019`]/g, "'").replace(/\s+/g, ' ');

/** Approximate years after high school for a BLS entry-education category; null when the category is unknown or blank. */
export function yearsOfTraining(education: string): number | null {
	return YEARS[normalize(education ?? '')] ?? null;
}
