import { headerOnlyProblem, importText, raggedProblem, singleColumnHint, type RowImporter } from './importText';
import { indexColumns } from './indexColumns';
import { hashCells } from './hashCells';
import { internText } from './internText';
import { missing, parseFigure, parseSoc } from './parseCell';
import { MAX_TEXT_CELL, absurdity, areaOf, isTrue, trimmed, type Area, type Industry } from './oewsCells';
import {
	WAGE_STATS,
	type Figure,
	type ImportResult,
	type OccupationLevel,
	type Problem,
	type WageRecord,
	type WageSet
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
	// Every first occurrence of a key, with its line, a hash of its cells and whether a conflict dropped it.
	const rows: WageRecord[] = [];
	const lineOf: number[] = [];
	const hashOf: number[] = [];
	const dropped: boolean[] = [];
	// First rows by area and industry, then by occupation (see firstOf).
	const groups = new Map<string, Map<string, number>>();
	let run = new Map<string, number>();
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
		reason: `This cell is ${value.length.toLocaleString('en-US')} characters long; an OEWS cell holds at most a few hundred. A quote or line break was probably lost around here: check this line, or export the file again.`
	});

	function row(cells: string[], line: number) {
		if (!header) return start(cells, line);
		read++;
		// Without the columns it needs, every data row is counted as rejected; the header problem says why.
		if (fatal) return void rejected++;
		if (cells.length !== header.length) return reject([raggedProblem(file, line, cells.length, header.length)]);
		let rowProblems: Problem[] | null = null;
		for (let i = 0; i < cells.length; i++) if (cells[i].length > MAX_TEXT_CELL) (rowProblems ??= []).push(longCellProblem(header[i], cells[i], line));
		if (rowProblems !== null) return reject(rowProblems);
		const socCell = cells[socAt];
		const soc = parseSoc(socCell);
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
			const v = parseFigure(raw);
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
		if (rowProblems !== null) return reject(rowProblems);
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
			return reject([{ kind: 'absurd', file, line, column: '', value: soc!, reason: `Implausible wages: ${absurd}. Check this row against the published BLS table.` }]);
		const levelCell = cellAt(cells, 'level');
		const levelRaw = (levelCell === undefined ? '' : trimmed(levelCell).toLowerCase()) as OccupationLevel;
		const area = areaFor(cells);
		const industry = industryFor(cells);
		const title = cellAt(cells, 'title');
		const record: WageRecord = {
			sourceId,
			areaCode: area.areaCode,
			area: area.area,
			areaType: area.areaType,
			naics: industry.naics,
			industry: industry.industry,
			ownCode: industry.ownCode,
			soc: intern(soc!),
			title: title === undefined ? '' : intern(trimmed(title)),
			level: LEVELS.has(levelRaw) ? levelRaw : '',
			employment: figures[F.employment],
			employmentRse: figures[F.employmentRse],
			meanRse: figures[F.meanRse],
			annual,
			hourly
		};
		const before = firstOf(record, rows.length);
		if (before >= 0) {
			const hash = hashCells(cells);
			const same = hashOf[before] === hash;
			const beforeLine = lineOf[before];
			if (!same && !dropped[before]) {
				dropped[before] = true;
				rejected++;
				problems.push({
					kind: 'duplicateRow',
					file,
					line: beforeLine,
					column: 'OCC_CODE',
					value: soc!,
					reason: `This occupation appears again on line ${line} with different figures; neither row is used. Keep the row that matches the published table and delete the other.`
				});
			}
			return reject([
				{
					kind: 'duplicateRow',
					file,
					line,
					column: 'OCC_CODE',
					value: soc!,
					reason: same
						? `This row repeats line ${beforeLine} exactly; it is counted once. Remove the repeat to clear this notice.`
						: `This occupation already appears on line ${beforeLine} with different figures; neither row is used. Keep the row that matches the published table and delete the other.`
				}
			]);
		}
		lineOf.push(line);
		hashOf.push(hashCells(cells));
		dropped.push(false);
		rows.push(record);
	}

	/**
	 * The index of the first row with the record's key, or -1 after registering the record as the first (at `index`).
	 * Rows come in runs of one area and industry, so the occupations of the current run are looked up by
	 * their (interned, hash-cached) SOC code alone; the run's table is found by the area and industry.
	 */
	function firstOf(r: WageRecord, index: number): number {
		if (r.area !== runArea || r.naics !== runIndustry.naics || r.ownCode !== runIndustry.ownCode || r.areaCode !== runAreaCode) {
			const group = `${r.areaCode}|${r.area}|${r.naics}|${r.ownCode}`;
			run = groups.get(group) ?? new Map<string, number>();
			groups.set(group, run);
			[runArea, runAreaCode, runIndustry] = [r.area, r.areaCode, r];
		}
		const key = r.level === 'detailed' ? r.soc : intern(`${r.soc}|${r.level}`);
		const first = run.get(key);
		if (first !== undefined) return first;
		run.set(key, index);
		return -1;
	}

	function finish(): ImportResult<WageRecord> {
		if (header && !fatal && read === 0) problems.push(headerOnlyProblem(file));
		const accepted = rows.filter((_, i) => !dropped[i]);
		return { rows: accepted, problems, read, rejected };
	}

	return { row, finish };
}

/** Imports a whole OEWS text. */
export const importOews = (text: string, file: string, options: OewsOptions) =>
	importText(text, file, oewsImporter(file, options));
