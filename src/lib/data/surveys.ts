import { headerOnlyProblem, importText, raggedProblem, singleColumnHint, type RowImporter } from './importText';
import { indexColumns } from './indexColumns';
import { parseFigure, parseYear } from './parseCell';
import type { ImportResult, Problem, SurveyFigure } from './schema';

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
export const SURVEY_STATISTICS = ['mean', 'median', 'percent', 'percent_of_respondents'] as const;

/** Trade-association survey importer (AAPC, AHIMA). Conflicting figures are kept: each row is one source's claim. */
export function surveysImporter(file: string): RowImporter<SurveyFigure> {
	let header: string[] | null = null;
	let at: Partial<Record<Column, number>> = {};
	const rows: SurveyFigure[] = [];
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	let read = 0;
	let rejected = 0;
	let fatal = false;

	const reject = (p: Problem[]) => {
		problems.push(...p);
		rejected++;
	};

	function start(cells: string[], line: number) {
		header = cells;
		const index = indexColumns(cells, COLUMNS, REQUIRED, file, line);
		at = index.at;
		const hint = singleColumnHint(cells);
		problems.push(...index.problems.map((p) => (p.kind === 'missingColumn' && hint ? { ...p, kind: 'delimiter' as const, reason: p.reason + hint } : p)));
		fatal = index.problems.length > 0;
	}

	function row(cells: string[], line: number) {
		if (!header) return start(cells, line);
		read++;
		// Without the columns it needs, every data row is counted as rejected; the header problem says why.
		if (fatal) return void rejected++;
		if (cells.length !== header.length) return reject([raggedProblem(file, line, cells.length, header.length)]);
		const cell = (c: Column) => (at[c] === undefined ? '' : cells[at[c]!].trim());
		const problem = (c: Column, reason: string): Problem => ({ kind: 'format', file, line, column: header![at[c]!].trim(), value: cell(c), reason });
		const rowProblems: Problem[] = [];
		const surveyYear = parseYear(cell('surveyYear'));
		if (surveyYear === null) rowProblems.push(problem('surveyYear', 'survey_year must be a four-digit year such as 2019.'));
		const value = parseFigure(cell('value'));
		if (typeof value !== 'number')
			rowProblems.push({ ...problem('value', 'value must be a number (thousands separators allowed); markers and blanks are not figures.'), kind: 'notNumber' });
		if (!(SURVEY_STATISTICS as readonly string[]).includes(cell('statistic')))
			rowProblems.push(problem('statistic', `statistic must be one of ${SURVEY_STATISTICS.join(', ')}.`));
		for (const c of ['organization', 'dimension', 'category', 'unit', 'sourceUrl'] as const)
			if (cell(c) === '') rowProblems.push(problem(c, `${COLUMNS[c][0]} is empty; every figure needs it to be traced and labelled.`));
		if (rowProblems.length > 0) return reject(rowProblems);
		const signature = cells.map((c) => c.trim()).join('\u0001');
		const before = seen.get(signature);
		if (before !== undefined)
			return reject([{ kind: 'duplicateRow', file, line, column: '', value: `${cell('organization')} ${cell('surveyYear')} ${cell('category')}`, reason: `This row repeats line ${before} exactly; it is counted once.` }]);
		seen.set(signature, line);
		rows.push({
			// One survey per organization and data year, so the id is derived rather than passed in.
			sourceId: `${cell('organization').toLowerCase()}-${surveyYear}`,
			organization: cell('organization'),
			surveyYear: surveyYear!,
			reportLabel: cell('reportLabel'),
			dimension: cell('dimension'),
			category: cell('category'),
			statistic: cell('statistic'),
			value: value as number,
			unit: cell('unit'),
			population: cell('population'),
			sourceUrl: cell('sourceUrl'),
			sourceKind: cell('sourceKind'),
			notes: cell('notes')
		});
	}

	function finish(): ImportResult<SurveyFigure> {
		if (header && !fatal && read === 0) problems.push(headerOnlyProblem(file));
		return { rows, problems, read, rejected };
	}

	return { row, finish };
}

/** Imports a whole trade-association survey text; sourceId is `${organization lower-case}-${survey_year}`, e.g. "aapc-2019". */
export const importSurveys = (text: string, file: string) => importText(text, file, surveysImporter(file));
