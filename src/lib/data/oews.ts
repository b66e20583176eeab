import { formatCount } from '../format';
import { headerOnlyProblem, importText, raggedProblem, singleColumnHint, type RowImporter } from './importText';
import { indexColumns } from './indexColumns';
import { withTrailingNotes } from './trailingNotes';
import { cellDifference, figureDifference } from './oewsConflict';
import { internText } from './internText';
import { numberStyleNotice, detectNumberStyle, parseStyledFigure } from './numberStyle';
import { missing, parseFigure, parseSoc } from './parseCell';
import { MAX_TEXT_CELL, absurdity, areaOf, isTrue, trimmed, type Area, type Industry } from './oewsCells';
import {
	WAGE_STATS,
	type Figure,
	type ImportResult,
	type OccupationLevel,
	type Problem,
	type WageRecord,
	type WageSet,
	type WageStat
} from './schema';

/** BLS OEWS column names (upper case; older releases spell some differently). */
const COLUMNS = {
	area: ['AREA'],
	areaTitle: ['AREA_TITLE', 'AREA_NAME'],
	areaType: ['AREA_TYPE'],
	naics: ['NAICS'],
	naicsTitle: ['NAICS_TITLE'],
	ownCode: ['OWN_CODE'],
	soc: ['OCC_CODE'],
	title: ['OCC_TITLE'],
	level: ['O_GROUP', 'OCC_GROUP'],
	employment: ['TOT_EMP'],
	employmentRse: ['EMP_PRSE'],
	meanRse: ['MEAN_PRSE'],
	annualOnly: ['ANNUAL'],
	hourlyOnly: ['HOURLY'],
	h_mean: ['H_MEAN'],
	h_p10: ['H_PCT10'],
	h_p25: ['H_PCT25'],
	h_median: ['H_MEDIAN'],
	h_p75: ['H_PCT75'],
	h_p90: ['H_PCT90'],
	a_mean: ['A_MEAN'],
	a_p10: ['A_PCT10'],
	a_p25: ['A_PCT25'],
	a_median: ['A_MEDIAN'],
	a_p75: ['A_PCT75'],
	a_p90: ['A_PCT90']
} as const;
type Column = keyof typeof COLUMNS;

const FIGURE_COLUMNS: Column[] = ['employment', 'employmentRse', 'meanRse'];
for (const s of WAGE_STATS) FIGURE_COLUMNS.push(`h_${s}`, `a_${s}`);
// Where each figure lands in a row's scratch list, in FIGURE_COLUMNS order.
const F = Object.fromEntries(FIGURE_COLUMNS.map((c, i) => [c, i])) as Record<Column, number>;

export const OEWS_COLUMN_NAMES = Object.values(COLUMNS).map((names) => names[0]);

const LEVELS = new Set<OccupationLevel>(['total', 'major', 'minor', 'broad', 'detailed']);
const NOT_IN_FILE: Figure = missing('notInRelease');
const NOT_RELEASED: Figure = missing('notReleased');

export interface OewsOptions {
	/** Id of the source the rows belong to, e.g. "oews-national-2024". */
	sourceId: string;
}

/** The OEWS importer: national, state, metro and industry files of any release, full or reduced. */
export function oewsImporter(file: string, { sourceId }: OewsOptions): RowImporter<WageRecord> {
	let header: string[] | null = null;
	let at: Partial<Record<Column, number>> = {};
	// Column positions as plain numbers (-1 when absent): the row loop reads them 400,000 times.
	let figureAt: number[] = [];
	let socAt = -1;
	const rows: WageRecord[] = [];
	// Every first occurrence of a key (a slot): its line, its record (-1 when rejected) and whether a conflict was reported.
	const firstLine: number[] = [];
	const firstRecord: number[] = [];
	const conflicted: boolean[] = [];
	// The figure cells of first rows that were rejected (few), to compare a later row with.
	const firstCells = new Map<number, (string | undefined)[]>();
	// Records dropped by a conflict.
	const dropped = new Set<number>();
	// Slots by area and industry, then by level and occupation (see firstOf).
	type Run = Partial<Record<OccupationLevel, Map<string, number>>>;
	const groups = new Map<string, Run>();
	let run: Run = {};
	const titles = new Map<string, string>();
	// Plain numbers, until the first data row shows another style (then one notice says how they are read).
	let readFigure = parseFigure;
	let styleChecked = false;
	let runArea = '\u0000';
	let runAreaCode = '';
	let runIndustry: Pick<WageRecord, 'naics' | 'ownCode'> = { naics: '', ownCode: '' };
	const problems: Problem[] = [];
	const intern = internText();
	const figures: Figure[] = new Array(FIGURE_COLUMNS.length);
	let read = 0;
	let rejected = 0;
	let fatal = false;
	let lastArea = { code: '\u0000', title: '', type: '', area: areaOf(undefined, undefined, undefined) };

	let lastIndustry: { naicsCell?: string; titleCell?: string; ownCell?: string; industry: Industry } = {
		naicsCell: '\u0000',
		industry: { naics: '', industry: '', ownCode: '' }
	};

	const reject = (p: Problem[]) => {
		problems.push(...p);
		rejected++;
	};

	function start(cells: string[], line: number) {
		header = cells;
		const index = indexColumns(cells, COLUMNS, ['soc'], file, line);
		at = index.at;
		figureAt = FIGURE_COLUMNS.map((c) => at[c] ?? -1);
		socAt = at.soc ?? -1;
		if (index.problems.some((p) => p.kind === 'missingColumn')) {
			const hint = singleColumnHint(cells);
			problems.push(
				...index.problems.map((p) =>
					p.kind === 'missingColumn'
						? { ...p, kind: hint ? ('delimiter' as const) : p.kind, reason: `${p.reason} An OEWS file needs OCC_CODE and at least one of TOT_EMP, A_MEAN, A_MEDIAN, H_MEAN, H_MEDIAN.${hint || ' Check that the file is a BLS OEWS table with its header row first.'}` }
						: p
				)
			);
			fatal = true;
			return;
		}
		problems.push(...index.problems);
		if (!FIGURE_COLUMNS.some((c) => at[c] !== undefined)) {
			problems.push({
				kind: 'missingColumn',
				file,
				line,
				column: 'TOT_EMP',
				value: '',
				reason: `No employment or wage column was found. Expected some of: ${OEWS_COLUMN_NAMES.join(', ')}. Check that the file is a BLS OEWS table with its header row first.`
			});
			fatal = true;
		}
		if (index.problems.length > 0) fatal = true;
	}

	const cellAt = (cells: string[], c: Column) => (at[c] === undefined ? undefined : cells[at[c]!]);

	/** The area of a row; rows come grouped by area, so the last one is usually the answer. */
	function areaFor(cells: string[]): Area {
		const code = cellAt(cells, 'area');
		const title = cellAt(cells, 'areaTitle');
		const type = cellAt(cells, 'areaType');
		if (code === lastArea.code && title === lastArea.title && type === lastArea.type) return lastArea.area;
		const found = areaOf(code, title, type);
		const area = { areaCode: intern(found.areaCode), area: intern(found.area), areaType: found.areaType };
		lastArea = { code: code ?? '', title: title ?? '', type: type ?? '', area };
		return area;
	}

	/** The industry and owner of a row; like areas, they come in runs. */
	function industryFor(cells: string[]): Industry {
		const naics = cellAt(cells, 'naics');
		const naicsTitle = cellAt(cells, 'naicsTitle');
		const ownCode = cellAt(cells, 'ownCode');
		if (naics === lastIndustry.naicsCell && naicsTitle === lastIndustry.titleCell && ownCode === lastIndustry.ownCell) return lastIndustry.industry;
		const industry: Industry = {
			naics: (naics && intern(trimmed(naics))) || '000000',
			industry: (naicsTitle && intern(trimmed(naicsTitle))) || (naics ? '' : 'Cross-industry'),
			ownCode: ownCode === undefined ? '' : intern(trimmed(ownCode))
		};
		lastIndustry = { naicsCell: naics, titleCell: naicsTitle, ownCell: ownCode, industry };
		return industry;
	}

	const longCellProblem = (column: string, value: string, line: number): Problem => ({
		kind: 'tooLarge',
		file,
		line,
		column: column.trim(),
		value: `${value.slice(0, 60)}…`,
		reason: `This cell is ${formatCount(value.length)} characters long; an OEWS cell holds at most a few hundred. A quote or line break was probably lost around here: check this line, or export the file again.`
	});

	/** A row's figures in FIGURE_COLUMNS order, null where a cell is not a number; ANNUAL/HOURLY=TRUE applied. */
	function figuresFrom(cells: string[], out: (Figure | null)[]): (Figure | null)[] {
		for (let f = 0; f < figureAt.length; f++) {
			const i = figureAt[f];
			out[f] = i < 0 ? NOT_IN_FILE : readFigure(cells[i]);
		}
		const annualOnly = isTrue(cellAt(cells, 'annualOnly'));
		const hourlyOnly = isTrue(cellAt(cells, 'hourlyOnly'));
		if (annualOnly || hourlyOnly) for (const s of WAGE_STATS) out[F[`${hourlyOnly ? 'a' : 'h'}_${s}`]] = NOT_RELEASED;
		return out;
	}

	/** An accepted record's figures in FIGURE_COLUMNS order. */
	const figuresOfRecord = (r: WageRecord): Figure[] =>
		FIGURE_COLUMNS.map((c) => (c === 'employment' ? r.employment : c === 'employmentRse' ? r.employmentRse : c === 'meanRse' ? r.meanRse : (c[0] === 'h' ? r.hourly : r.annual)[c.slice(2) as WageStat]));

	/** The raw cells that carry figures and flags, for comparing a row that was rejected. */
	const rawFigureCells = (cells: string[]) => [...figureAt.map((i) => (i < 0 ? undefined : cells[i])), cellAt(cells, 'annualOnly'), cellAt(cells, 'hourlyOnly')];
	const figureColumnName = (f: number) => (f < figureAt.length ? (figureAt[f] < 0 ? OEWS_COLUMN_NAMES[0] : header![figureAt[f]].trim()) : f === figureAt.length ? 'ANNUAL' : 'HOURLY');

	/**
	 * A row whose occupation, area and industry came before (`first`): an exact repeat is counted once;
	 * different figures are a conflict that names both lines and both values, and neither row is used,
	 * whatever else is wrong with either.
	 */
	function repeated(first: number, cells: string[], line: number, soc: string) {
		const at = firstRecord[first];
		const diff =
			at >= 0
				? figureDifference(figuresOfRecord(rows[at]), figuresFrom(cells, []), figureAt.map((i) => (i < 0 ? undefined : cells[i])))
				: cellDifference(firstCells.get(first)!, rawFigureCells(cells));
		const beforeLine = firstLine[first];
		if (!diff)
			return reject([
				{ kind: 'duplicateRow', file, line, column: 'OCC_CODE', value: soc, reason: `This row repeats line ${beforeLine} (the same figures); it is counted once. Remove the repeat to clear this notice.` }
			]);
		const column = figureColumnName(diff.figure);
		const both = `${column} is ${diff.before} on line ${beforeLine} and ${diff.after} on line ${line}`;
		if (!conflicted[first]) {
			conflicted[first] = true;
			if (at >= 0) {
				dropped.add(at);
				rejected++;
			}
			problems.push({ kind: 'duplicateRow', file, line: beforeLine, column, value: `${soc}: ${diff.before}`, reason: `Conflict: this occupation, area and industry appear again on line ${line} with different figures (${both}); neither row is used. Keep the row that matches the published table and delete the other.` });
		}
		return reject([{ kind: 'duplicateRow', file, line, column, value: `${soc}: ${diff.after}`, reason: `Conflict: this occupation, area and industry already appear on line ${beforeLine} with different figures (${both}); neither row is used. Keep the row that matches the published table and delete the other.` }]);
	}

	/** Rejects a first row, keeping its figure cells to judge a later row with the same key against. */
	function rejectFirst(slot: number, cells: string[], p: Problem[]) {
		if (slot >= 0) firstCells.set(slot, rawFigureCells(cells));
		reject(p);
	}

	/** The title of a row: the same code has the same title in every area, so the last one is compared first. */
	function titleFor(soc: string, cell: string | undefined): string {
		if (cell === undefined) return '';
		const known = titles.get(soc);
		if (known === cell) return known;
		const title = intern(trimmed(cell));
		titles.set(soc, title);
		return title;
	}

	function row(cells: string[], line: number) {
		if (!header) return start(cells, line);
		read++;
		// Without the columns it needs, every data row is counted as rejected; the header problem says why.
		if (fatal) return void rejected++;
		if (cells.length !== header.length) return reject([raggedProblem(file, line, cells.length, header.length)]);
		let rowProblems: Problem[] | null = null;
		for (let i = 0; i < cells.length; i++) if (cells[i].length > MAX_TEXT_CELL) (rowProblems ??= []).push(longCellProblem(header[i], cells[i], line));
		if (rowProblems !== null) return reject(rowProblems);
		if (!styleChecked) {
			styleChecked = true;
			const style = detectNumberStyle(figureAt.filter((i) => i >= 0).map((i) => cells[i]));
			if (style) {
				readFigure = parseStyledFigure;
				problems.push(numberStyleNotice(file, style));
			}
		}
		const socCell = cells[socAt];
		const soc = parseSoc(socCell);
		const area = areaFor(cells);
		const industry = industryFor(cells);
		const levelCell = cellAt(cells, 'level');
		const levelRaw = (levelCell === undefined ? '' : trimmed(levelCell).toLowerCase()) as OccupationLevel;
		const level = LEVELS.has(levelRaw) ? levelRaw : '';
		// Conflicts come first: a second row for the same key is judged against the first before anything else.
		let slot = -1;
		if (soc) {
			const first = firstOf(area, industry, soc, level, firstLine.length);
			if (first >= 0) return repeated(first, cells, line, soc);
			slot = firstLine.length;
			firstLine.push(line);
			firstRecord.push(-1);
			conflicted.push(false);
		}
		if (!soc)
			(rowProblems ??= []).push({
				kind: 'badCode',
				file,
				line,
				column: header[socAt].trim(),
				value: socCell,
				reason: 'OCC_CODE must be a SOC code like 29-2072. Correct the code; keep the column as text so a spreadsheet does not turn it into a number.'
			});
		for (let f = 0; f < figureAt.length; f++) {
			const i = figureAt[f];
			if (i < 0) {
				figures[f] = NOT_IN_FILE;
				continue;
			}
			const raw = cells[i];
			const v = readFigure(raw);
			if (v !== null) figures[f] = v;
			else
				(rowProblems ??= []).push({
					kind: 'notNumber',
					file,
					line,
					column: header[i].trim(),
					value: raw.length > 60 ? `${raw.slice(0, 60)}…` : raw,
					reason: 'Expected a number (thousands separators allowed) or a BLS marker (*, **, #, ~). Correct this cell and import the file again.'
				});
		}
		if (rowProblems !== null) return rejectFirst(slot, cells, rowProblems);
		const annualOnly = isTrue(cellAt(cells, 'annualOnly'));
		const hourlyOnly = isTrue(cellAt(cells, 'hourlyOnly'));
		const annual: WageSet = hourlyOnly
			? { mean: NOT_RELEASED, p10: NOT_RELEASED, p25: NOT_RELEASED, median: NOT_RELEASED, p75: NOT_RELEASED, p90: NOT_RELEASED }
			: { mean: figures[F.a_mean], p10: figures[F.a_p10], p25: figures[F.a_p25], median: figures[F.a_median], p75: figures[F.a_p75], p90: figures[F.a_p90] };
		const hourly: WageSet = annualOnly
			? { mean: NOT_RELEASED, p10: NOT_RELEASED, p25: NOT_RELEASED, median: NOT_RELEASED, p75: NOT_RELEASED, p90: NOT_RELEASED }
			: { mean: figures[F.h_mean], p10: figures[F.h_p10], p25: figures[F.h_p25], median: figures[F.h_median], p75: figures[F.h_p75], p90: figures[F.h_p90] };
		const absurd = absurdity(annual) || absurdity(hourly);
		if (absurd)
			return rejectFirst(slot, cells, [{ kind: 'absurd', file, line, column: '', value: soc!, reason: `Implausible wages: ${absurd}. Check this row against the published BLS table.` }]);
		// A code is shorter than a sliced string, so it is a copy of its own and needs no interning.
		const code = soc!;
		firstRecord[slot] = rows.length;
		rows.push({
			sourceId,
			areaCode: area.areaCode,
			area: area.area,
			areaType: area.areaType,
			naics: industry.naics,
			industry: industry.industry,
			ownCode: industry.ownCode,
			soc: code,
			title: titleFor(code, cellAt(cells, 'title')),
			level,
			employment: figures[F.employment],
			employmentRse: figures[F.employmentRse],
			meanRse: figures[F.meanRse],
			annual,
			hourly
		});
	}

	/**
	 * The slot of the first row with this key, or -1 after registering `slot` as the first.
	 * Rows come in runs of one area and industry, so the occupations of the current run are looked up by
	 * their (interned) SOC code alone, one table per level; the run's tables are found by area and industry.
	 */
	function firstOf(area: Area, industry: Industry, soc: string, level: OccupationLevel, slot: number): number {
		if (area.area !== runArea || industry.naics !== runIndustry.naics || industry.ownCode !== runIndustry.ownCode || area.areaCode !== runAreaCode) {
			const group = `${area.areaCode}|${area.area}|${industry.naics}|${industry.ownCode}`;
			run = groups.get(group) ?? {};
			groups.set(group, run);
			[runArea, runAreaCode, runIndustry] = [area.area, area.areaCode, industry];
		}
		const table = (run[level] ??= new Map<string, number>());
		const first = table.get(soc);
		if (first !== undefined) return first;
		table.set(soc, slot);
		return -1;
	}

	function finish(): ImportResult<WageRecord> {
		if (header && !fatal && read === 0) problems.push(headerOnlyProblem(file));
		const accepted = dropped.size === 0 ? rows : rows.filter((_, i) => !dropped.has(i));
		return { rows: accepted, problems, read, rejected };
	}

	return withTrailingNotes({ row, finish });
}

/** Imports a whole OEWS text. */
export const importOews = (text: string, file: string, options: OewsOptions) =>
	importText(text, file, oewsImporter(file, options));
