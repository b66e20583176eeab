import type { BlsContext } from '../charts/layoutSurvey';
import type { Career } from '../data/schema';
import { UNITS } from '../data/tidyWages';
import type { SurveyRow } from '../model/surveyRows';
import { figureCells, NATIONAL_AREA, rowMaker, type ExportRow, type Provenance } from './exportColumns';

/** Survey figures have no OEWS area, industry, ownership or SOC code: the breakdown goes in `level`, the population in `note`. */
const SURVEY_AREA = { area_code: '', area: '', area_type: '', naics: '', industry: '', own_code: '' } as const;

/** The BLS statistics drawn beside the survey figures, in the order of the table twin's footer. */
export const BLS_CONTEXT_STATS = ['p25', 'median', 'p75'] as const;

/** The BLS context as exported: the figures drawn and the career they are of. */
export interface BlsContextRows {
	bls: BlsContext;
	career: Pick<Career, 'soc' | 'title'>;
}

/** What a reader needs beside the figure: the report, who answered, and whether another report differs. */
const surveyNote = (r: SurveyRow) =>
	[
		`${r.organization} ${r.surveyYear} survey (${r.reportLabel})`,
		`population: ${r.population || 'not stated'}`,
		...(r.conflict ? ['another report of this figure differs; both are kept, never averaged'] : []),
		...(r.notes ? [r.notes] : [])
	].join('; ');

/**
 * The long rows behind a survey chart: one per survey figure, in the chart's order, naming its own survey
 * source and year (`release`) and its statistic as published; then the BLS context (p25, median, p75) as
 * separate national rows of the page's OEWS source, never merged with the survey figures.
 */
export function surveyExport(rows: readonly SurveyRow[], context: BlsContextRows | null, provenance: Provenance, chart: string): ExportRow[] {
	const make = rowMaker(provenance.sources, chart);
	const survey = rows.map((r) =>
		make(r.sourceId, SURVEY_AREA, {
			soc: '',
			occupation: '',
			level: `${r.dimension}: ${r.category}`,
			statistic: r.statistic,
			unit: UNITS.annual,
			release: String(r.surveyYear),
			...figureCells(r.value),
			note: surveyNote(r)
		})
	);
	if (!context) return survey;
	const note = `BLS context beside the survey figures, a separate series: ${context.bls.label}; all workers in the code, self-employed excluded`;
	const bls = BLS_CONTEXT_STATS.map((statistic) =>
		make(provenance.sourceId ?? '', NATIONAL_AREA, { soc: context.career.soc, occupation: context.career.title, statistic, unit: UNITS.annual, ...figureCells(context.bls[statistic]), note })
	);
	return [...survey, ...bls];
}
