import type { SurveyRow } from './surveyRows';

/** The credential or category a row is about: "CPC-H (certified coders in hospital outpatient)" → "CPC-H". */
const subjectOf = (r: SurveyRow) => (r.dimension === 'credential' ? r.category.split(/[\s(]/)[0] : r.category.trim().toLowerCase());

/**
 * The newest survey year's figures of each credential (or category), so a reader sees one current figure
 * per credential with its year instead of a decade of them. Rows of that year are all kept (two reports
 * of one figure stay side by side). Ordered newest year first, then as `surveyRows` ordered them, so the
 * chart reads in groups by survey year.
 */
export function latestSurveyRows(rows: readonly SurveyRow[]): SurveyRow[] {
	const newest = new Map<string, number>();
	for (const r of rows) newest.set(subjectOf(r), Math.max(newest.get(subjectOf(r)) ?? -Infinity, r.surveyYear));
	return rows
		.map((r, i) => ({ r, i }))
		.filter(({ r }) => r.surveyYear === newest.get(subjectOf(r)))
		.sort((a, b) => b.r.surveyYear - a.r.surveyYear || a.i - b.i)
		.map(({ r }) => r);
}

/** True when the compiler marked the figure's source unverified (e.g. the 2025 CRC and CPC means). */
export const isUnverified = (r: Pick<SurveyRow, 'sourceKind'>) => /unverified/i.test(r.sourceKind);
