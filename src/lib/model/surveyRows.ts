import type { SurveyFigure } from '../data/schema';
import { compareText } from './compareText';
import { surveysOfDimension } from './rowIndex';

/** The survey breakdowns a reader can pick, in the order offered. */
export const SURVEY_DIMENSIONS = [
	{ id: 'credential', label: 'By credential' },
	{ id: 'number_of_credentials', label: 'By number of credentials' },
	{ id: 'certification_status', label: 'Certified or not' },
	{ id: 'experience', label: 'By years of experience' },
	{ id: 'work_setting', label: 'By work setting' },
	{ id: 'region', label: 'By region' },
	{ id: 'overall', label: 'All respondents, by survey year' },
	{ id: 'urbanicity', label: 'Urban, suburban or rural' },
	{ id: 'education', label: 'By education' },
	{ id: 'state', label: 'By state' }
] as const;

/** One salary figure from a trade-association survey, as published, with what it needs to be read. */
export interface SurveyRow {
	/** Unique within the rows returned. */
	key: string;
	sourceId: string;
	organization: string;
	surveyYear: number;
	reportLabel: string;
	dimension: string;
	category: string;
	statistic: 'mean' | 'median';
	/** U.S. dollars a year. */
	value: number;
	/** Who answered; "" when the source does not say. */
	population: string;
	sourceUrl: string;
	sourceKind: string;
	notes: string;
	/** Another figure for the same organization, year, breakdown and category differs: both are shown, never averaged. */
	conflict: boolean;
}

const norm = (s: string) => s.trim().toLowerCase();
/** Credentials are compared across years; other breakdowns make sense within one survey. */
const BY_CATEGORY = new Set(['credential']);

/**
 * The annual-salary figures (means and medians in USD/year) of one survey breakdown, each kept as its
 * own row. Credentials are ordered by credential then year; other breakdowns by year then category.
 * Figures that disagree for the same survey and category are flagged `conflict`, not merged.
 */
export function surveyRows(surveys: readonly SurveyFigure[], dimension: string): SurveyRow[] {
	const picked = surveysOfDimension(surveys, dimension).filter(
		(s) => (s.statistic === 'mean' || s.statistic === 'median') && s.unit === 'USD/year' && Number.isFinite(s.value)
	);
	const group = (s: SurveyFigure) => [norm(s.organization), s.surveyYear, norm(s.category)].join('|');
	const values = new Map<string, Set<number>>();
	for (const s of picked) values.set(group(s), (values.get(group(s)) ?? new Set()).add(s.value));
	const rows = picked.map(
		(s, i): SurveyRow => ({
			key: `${s.sourceId}|${s.category}|${i}`,
			sourceId: s.sourceId,
			organization: s.organization,
			surveyYear: s.surveyYear,
			reportLabel: s.reportLabel,
			dimension: s.dimension,
			category: s.category,
			statistic: s.statistic as 'mean' | 'median',
			value: s.value,
			population: s.population.trim(),
			sourceUrl: s.sourceUrl,
			sourceKind: s.sourceKind,
			notes: s.notes,
			conflict: values.get(group(s))!.size > 1
		})
	);
	const byCategory = (a: SurveyRow, b: SurveyRow) => compareText(a.category, b.category);
	const byYear = (a: SurveyRow, b: SurveyRow) => a.surveyYear - b.surveyYear;
	const byOrg = (a: SurveyRow, b: SurveyRow) => compareText(a.organization, b.organization);
	return rows.sort((a, b) =>
		BY_CATEGORY.has(dimension) ? byCategory(a, b) || byYear(a, b) || byOrg(a, b) : byYear(a, b) || byOrg(a, b) || byCategory(a, b)
	);
}

/** The categories of a breakdown, in first-seen order (e.g. the credentials to pick from). */
export const surveyCategories = (rows: readonly SurveyRow[]): string[] => [...new Set(rows.map((r) => r.category))];
