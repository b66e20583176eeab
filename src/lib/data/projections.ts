import { headerOnlyProblem, importText, raggedProblem, singleColumnHint, type RowImporter } from './importText';
import { indexColumns } from './indexColumns';
import { parseFigure, parseSoc } from './parseCell';
import type { Figure, ImportResult, Problem, ProjectionRecord } from './schema';

/** Accepted spellings for a release whose years are `b` (base) and `t` (target): export first, then Table 1.2. */
function columnsFor(b: number, t: number) {
	const ranges = [`${b}-${t % 100}`, `${b}-${t}`];
	const ranged = (...names: ((r: string) => string)[]) => names.flatMap((n) => ranges.map(n));
	return {
		title: ['Occupation Title', `${b} National Employment Matrix title`],
		soc: ['Occupation Code', `${b} National Employment Matrix code`],
		type: ['Occupation type'],
		base: [`Employment ${b}`, `Employment, ${b}`],
		target: [`Employment ${t}`, `Employment, ${t}`],
		change: ranged((r) => `Employment Change, ${r}`, (r) => `Employment change, numeric, ${r}`),
		percentChange: ranged((r) => `Employment Percent Change, ${r}`, (r) => `Employment change, percent, ${r}`),
		selfEmployed: [`Percent self employed, ${b}`],
		openings: ranged((r) => `Occupational Openings, ${r} Annual Average`),
		medianWage: [`Median Annual Wage ${b}`, `Median annual wage, dollars, ${b}`],
		education: ['Typical Entry-Level Education', 'Typical education needed for entry'],
		experience: ['Work Experience in a Related Occupation'],
		training: ['Typical on-the-job Training', 'Typical on-the-job training needed to attain competency in the occupation']
	};
}
type Column = keyof ReturnType<typeof columnsFor>;
const FIGURES = ['base', 'target', 'change', 'percentChange', 'selfEmployed', 'openings', 'medianWage'] as const;
const REQUIRED: Column[] = ['soc', 'title', 'base', 'target'];
const NOT_IN_FILE: Figure = { missing: 'notInRelease' };

export const PROJECTION_COLUMN_HELP =
	'a data.bls.gov export (Occupation Title, Occupation Code, Employment 2024, Employment 2034, Employment Change, 2024-2034, …, Median Annual Wage 2024) ' +
	'or BLS Table 1.2 (2024 National Employment Matrix title, 2024 National Employment Matrix code, Occupation type, Employment, 2024, Employment, 2034, …)';

export interface ProjectionsOptions {
	/** Id of the source the rows belong to, e.g. "ep-2024-34". */
	sourceId: string;
}

// Header names lose footnote marks ("…2024[1]") and en dashes so one spelling matches both layouts.
const cleanName = (name: string) => name.trim().replace(/\[\d+\]$/, '').replaceAll('–', '-');
const filled = (cells: string[]) => cells.filter((c) => c.trim() !== '').length;
const NOTE = /^(Footnotes?:|\[\d+\]|Notes?:|Source:)/i;

/** Reads a figure; `>=$239,200` is BLS's top-code form for wages, so it becomes a meaning, not a number. */
function readFigure(raw: string): Figure | null {
	const cell = raw.trim();
	if (/^>=\s*\$?[\d,.]+$/.test(cell)) return { missing: 'topCoded' };
	return parseFigure(cell.replace(/^\$/, ''));
}

/** Employment Projections importer: BLS Table 1.2 as CSV and the data.bls.gov occupation export, any release. */
export function projectionsImporter(file: string, { sourceId }: ProjectionsOptions): RowImporter<ProjectionRecord> {
	let header: string[] | null = null;
	let at: Partial<Record<Column, number>> = {};
	let years = { base: 0, target: 0 };
	const rows: (ProjectionRecord | null)[] = [];
	const problems: Problem[] = [];
	const seen = new Map<string, { line: number; signature: string; index: number; conflict: boolean }>();
	let read = 0;
	let rejected = 0;
	let fatal = false;
	let inNotes = false;
	let skipped: { cells: string[]; line: number } | null = null;

	const reject = (p: Problem[]) => {
		problems.push(...p);
		rejected++;
	};

	function start(cells: string[], line: number) {
		header = cells.map(cleanName);
		const found = header.map((h) => h.match(/^Employment,?\s+((?:19|20)\d{2})$/i)?.[1]).filter(Boolean).map(Number);
		const hasCode = header.some((h) => /^(Occupation Code|(?:19|20)\d{2} National Employment Matrix code)$/i.test(h));
		if (found.length < 2 || !hasCode) {
			fatal = true;
			const hint = singleColumnHint(cells);
			const value = header.join(', ');
			return void problems.push({
				kind: hint ? 'delimiter' : 'header',
				file,
				line,
				column: '',
				value: value.length > 120 ? `${value.slice(0, 120)}…` : value,
				reason: `This header is not an Employment Projections header. Expected ${PROJECTION_COLUMN_HELP}.${hint}`
			});
		}
		years = { base: Math.min(...found), target: Math.max(...found) };
		const index = indexColumns(header, columnsFor(years.base, years.target), REQUIRED, file, line);
		at = index.at;
		problems.push(...index.problems);
		if (index.problems.length > 0) fatal = true;
	}

	function row(cells: string[], line: number) {
		// Title rows (one filled cell) come before the header; they are not data.
		if (!header) return filled(cells) > 1 ? start(cells, line) : void (skipped ??= { cells, line });
		// Footnotes follow the data in Table 1.2; a note and its continuation lines are not data either.
		if (filled(cells) <= 1 && (inNotes || NOTE.test(cells[0].trim()))) return void (inNotes = true);
		read++;
		if (fatal) return void rejected++;
		if (cells.length !== header.length) return reject([raggedProblem(file, line, cells.length, header.length)]);
		const cell = (c: Column) => (at[c] === undefined ? undefined : cells[at[c]!]);
		const columnName = (c: Column) => header![at[c]!].trim();
		const rowProblems: Problem[] = [];
		const soc = parseSoc(cell('soc') ?? '');
		if (!soc)
			rowProblems.push({ kind: 'badCode', file, line, column: columnName('soc'), value: cell('soc') ?? '', reason: 'The occupation code must be a SOC code like 29-2072.' });
		const figures = {} as Record<(typeof FIGURES)[number], Figure>;
		for (const c of FIGURES) {
			const raw = cell(c);
			const f = raw === undefined ? NOT_IN_FILE : readFigure(raw);
			if (f === null)
				rowProblems.push({
					kind: 'notNumber',
					file,
					line,
					column: columnName(c),
					value: raw!.length > 60 ? `${raw!.slice(0, 60)}…` : raw!,
					reason: 'Expected a number (thousands separators allowed), "—" or "N/A" for not available, or ">=$239,200" for a top-coded wage.'
				});
			else figures[c] = f;
		}
		if (rowProblems.length > 0) return reject(rowProblems);
		// "—" and "N/A" in a text column mean not available; an empty string says so without inventing a value.
		const text = (c: Column) => {
			const v = cell(c)?.trim() ?? '';
			return v === '—' || v === 'N/A' ? '' : v;
		};
		const record: ProjectionRecord = {
			sourceId,
			soc: soc!,
			// The export appends sample job titles after "    *"; only the occupation title is kept.
			title: text('title').split(/\s{2,}\*/)[0].trim(),
			occupationType: text('type') || 'Line item',
			baseYear: years.base,
			targetYear: years.target,
			employmentBase: figures.base,
			employmentTarget: figures.target,
			change: figures.change,
			percentChange: figures.percentChange,
			selfEmployedPercent: figures.selfEmployed,
			openingsPerYear: figures.openings,
			medianWage: figures.medianWage,
			education: text('education'),
			experience: text('experience'),
			training: text('training')
		};
		const signature = cells.map((c) => c.trim()).join('\u0001');
		const before = seen.get(soc!);
		if (!before) {
			seen.set(soc!, { line, signature, index: rows.length, conflict: false });
			return void rows.push(record);
		}
		const same = before.signature === signature;
		if (!same && !before.conflict) {
			before.conflict = true;
			rows[before.index] = null;
			reject([{ kind: 'duplicateRow', file, line: before.line, column: columnName('soc'), value: soc!, reason: `This occupation appears again on line ${line} with different figures; neither row is used.` }]);
		}
		reject([
			{
				kind: 'duplicateRow',
				file,
				line,
				column: columnName('soc'),
				value: soc!,
				reason: same
					? `This row repeats line ${before.line} exactly; it is counted once.`
					: `This occupation already appears on line ${before.line} with different figures; neither row is used.`
			}
		]);
	}

	function finish(): ImportResult<ProjectionRecord> {
		if (!header) {
			const hint = skipped ? singleColumnHint(skipped.cells) : '';
			const value = skipped?.cells.join(' ').slice(0, 60) ?? '';
			const reason = `No header row was found: every row has at most one filled cell. Expected ${PROJECTION_COLUMN_HELP}.${hint}`;
			problems.push({ kind: hint ? 'delimiter' : 'header', file, line: skipped?.line ?? 0, column: '', value, reason });
		} else if (!fatal && read === 0) problems.push(headerOnlyProblem(file));
		return { rows: rows.filter((r): r is ProjectionRecord => r !== null), problems, read, rejected };
	}

	return { row, finish };
}

/** Imports a whole Employment Projections text (Table 1.2 CSV or data.bls.gov export). */
export const importProjections = (text: string, file: string, options: ProjectionsOptions) =>
	importText(text, file, projectionsImporter(file, options));
