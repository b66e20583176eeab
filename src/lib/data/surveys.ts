import { importText } from './importText';
import { parseFigure, parseYear } from './parseCell';
import type { SurveyFigure } from './schema';
import { tableImporter, type RowReader } from './tableImporter';

/** Columns of the long trade-association file; each has one spelling. */
const COLUMNS = {
	organization: ['organization'],
	surveyYear: ['survey_year'],
	reportLabel: ['report_label'],
	dimension: ['dimension'],
	category: ['category'],
	statistic: ['statistic'],
	value: ['value'],
	unit: ['unit'],
	population: ['population'],
	sourceUrl: ['source_url'],
	sourceKind: ['source_kind'],
	notes: ['notes']
} as const;
type Column = keyof typeof COLUMNS;
// Every figure must say who, when, what statistic, in what unit and where it was read; the rest is context.
const REQUIRED: Column[] = ['organization', 'surveyYear', 'reportLabel', 'dimension', 'category', 'statistic', 'value', 'unit', 'sourceUrl'];
// `unstated`: the page gives a figure without saying whether it is a mean or a median (kept, never charted as either).
export const SURVEY_STATISTICS = ['mean', 'median', 'percent', 'percent_of_respondents', 'unstated'] as const;

/** Reads one survey row; every check that fails is reported, then the row is rejected once. */
const readSurvey: RowReader<Column, SurveyFigure> = (raw, fail) => {
	const cell = (c: Column) => raw(c).trim();
	const surveyYear = parseYear(cell('surveyYear'));
	if (surveyYear === null) fail('surveyYear', 'survey_year must be a four-digit year such as 2019.');
	const value = parseFigure(cell('value'));
	if (typeof value !== 'number') fail('value', 'value must be a number (thousands separators allowed); markers and blanks are not figures.', 'notNumber');
	if (!(SURVEY_STATISTICS as readonly string[]).includes(cell('statistic'))) fail('statistic', `statistic must be one of ${SURVEY_STATISTICS.join(', ')}.`);
	for (const c of ['organization', 'dimension', 'category', 'unit', 'sourceUrl'] as const)
		if (cell(c) === '') fail(c, `${COLUMNS[c][0]} is empty; every figure needs it to be traced and labelled.`);
	if (surveyYear === null || typeof value !== 'number') return null;
	return {
		// One survey per organization and data year, so the id is derived rather than passed in.
		sourceId: `${cell('organization').toLowerCase()}-${surveyYear}`,
		organization: cell('organization'),
		surveyYear,
		reportLabel: cell('reportLabel'),
		dimension: cell('dimension'),
		category: cell('category'),
		statistic: cell('statistic'),
		value,
		unit: cell('unit'),
		population: cell('population'),
		sourceUrl: cell('sourceUrl'),
		sourceKind: cell('sourceKind'),
		notes: cell('notes')
	};
};

/** Trade-association survey importer (AAPC, AHIMA). Conflicting figures are kept: each row is one source's claim. */
export const surveysImporter = (file: string) => tableImporter(file, COLUMNS, REQUIRED, readSurvey, { rejectExactRepeats: true });

/** Imports a whole trade-association survey text; sourceId is `${organization lower-case}-${survey_year}`, e.g. "aapc-2019". */
export const importSurveys = (text: string, file: string) => importText(text, file, surveysImporter(file));
