/**
 * Rows as columns, for keeping in IndexedDB: each text field a list of its distinct values and an index into it,
 * each figure a Float64Array of numbers beside a Uint8Array of reasons. Storing 400,000 rows as objects makes the
 * browser clone some ten million values one by one; packed, a part of rows is a few dozen arrays, most of them
 * copied as blocks of bytes. Unpacking gives back rows equal to those packed, with the shared figures of parseCell.
 */
import { missing } from './parseCell';
import type { Figure, MissingReason, ProjectionRecord, WageRecord } from './schema';
import { WAGE_STATS } from './schema';

/** Reason codes: 0 is a number, 1… the reasons in this order. Kept in browsers' storage: add at the end, never reorder. */
const REASONS: readonly MissingReason[] = ['topCoded', 'notAvailable', 'fewEstablishments', 'notInRelease', 'notReleased'];
const REASON_CODE = new Map(REASONS.map((r, i) => [r, i + 1]));

interface TextColumn {
	values: string[];
	index: Uint32Array;
}
interface FigureColumn {
	numbers: Float64Array;
	codes: Uint8Array;
}

/** Rows packed by column, keyed by field name (nested wage sets as "annual.median"). */
export interface PackedRows {
	count: number;
	text: Record<string, TextColumn>;
	numbers: Record<string, Float64Array>;
	figures: Record<string, FigureColumn>;
}

/** Readers of one packed value's columns: each takes a field and gives the function that reads row i of it. */
interface Columns {
	text: (field: string) => (i: number) => string;
	number: (field: string) => (i: number) => number;
	figure: (field: string) => (i: number) => Figure;
}

/** Which fields of a kind of row are text, plain numbers and figures, how a row's field is read, and how rows are made. */
interface RowShape<T> {
	text: readonly string[];
	numbers: readonly string[];
	figures: readonly string[];
	/** The reader of one field of a row (resolved once per column, not per row). */
	get: (field: string) => (row: T) => unknown;
	/** Resolves the columns once, then makes row i. */
	maker: (columns: Columns) => (i: number) => T;
}

function packText<T>(rows: readonly T[], get: (row: T) => string): TextColumn {
	const ids = new Map<string, number>();
	const values: string[] = [];
	const index = new Uint32Array(rows.length);
	for (let i = 0; i < rows.length; i++) {
		const v = get(rows[i]);
		let id = ids.get(v);
		if (id === undefined) {
			id = values.length;
			values.push(v);
			ids.set(v, id);
		}
		index[i] = id;
	}
	return { values, index };
}

function packFigures<T>(rows: readonly T[], get: (row: T) => Figure): FigureColumn {
	const numbers = new Float64Array(rows.length);
	const codes = new Uint8Array(rows.length);
	for (let i = 0; i < rows.length; i++) {
		const f = get(rows[i]);
		if (typeof f === 'number') numbers[i] = f;
		else {
			const code = REASON_CODE.get(f.missing);
			// A reason this version cannot write back is refused, never kept as another meaning.
			if (code === undefined) throw new Error(`A figure with no known reason ("${String(f.missing)}") cannot be kept.`);
			codes[i] = code;
		}
	}
	return { numbers, codes };
}

function pack<T>(rows: readonly T[], shape: RowShape<T>): PackedRows {
	return {
		count: rows.length,
		text: Object.fromEntries(shape.text.map((f) => [f, packText(rows, shape.get(f) as (row: T) => string)])),
		numbers: Object.fromEntries(shape.numbers.map((f) => [f, Float64Array.from(rows, shape.get(f) as (row: T) => number)])),
		figures: Object.fromEntries(shape.figures.map((f) => [f, packFigures(rows, shape.get(f) as (row: T) => Figure)]))
	};
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The columns of a packed value when each has the shape and length this version writes, else null. */
function columnsOf<T>(packed: unknown, shape: RowShape<T>): PackedRows | null {
	if (!isRecord(packed) || !Number.isInteger(packed.count) || (packed.count as number) < 0) return null;
	const { count, text, numbers, figures } = packed as unknown as PackedRows;
	if (!isRecord(text) || !isRecord(numbers) || !isRecord(figures)) return null;
	const textOk = shape.text.every((f) => {
		const c = text[f];
		return isRecord(c) && Array.isArray(c.values) && c.values.every((v) => typeof v === 'string') && c.index instanceof Uint32Array && c.index.length === count && c.index.every((i) => i < c.values.length);
	});
	const numbersOk = shape.numbers.every((f) => numbers[f] instanceof Float64Array && numbers[f].length === count);
	const figuresOk = shape.figures.every((f) => {
		const c = figures[f];
		return isRecord(c) && c.numbers instanceof Float64Array && c.codes instanceof Uint8Array && c.numbers.length === count && c.codes.length === count && c.codes.every((k) => k <= REASONS.length);
	});
	return textOk && numbersOk && figuresOk ? (packed as unknown as PackedRows) : null;
}

function unpack<T>(packed: unknown, shape: RowShape<T>): T[] | null {
	const p = columnsOf(packed, shape);
	if (!p) return null;
	const make = shape.maker({
		text: (f) => {
			const { values, index } = p.text[f];
			return (i) => values[index[i]];
		},
		number: (f) => {
			const numbers = p.numbers[f];
			return (i) => numbers[i];
		},
		figure: (f) => {
			const { numbers, codes } = p.figures[f];
			return (i) => (codes[i] === 0 ? numbers[i] : missing(REASONS[codes[i] - 1]));
		}
	});
	return Array.from({ length: p.count }, (_, i) => make(i));
}

const WAGE_FIGURES = ['employment', 'employmentRse', 'meanRse', ...WAGE_STATS.map((s) => `annual.${s}`), ...WAGE_STATS.map((s) => `hourly.${s}`)];

const WAGES_TEXT = ['sourceId', 'areaType', 'areaCode', 'area', 'naics', 'industry', 'ownCode', 'soc', 'title', 'level'];

const WAGES: RowShape<WageRecord> = {
	text: WAGES_TEXT,
	numbers: [],
	figures: WAGE_FIGURES,
	get: (field) => {
		const [top, stat] = field.split('.') as [keyof WageRecord, (typeof WAGE_STATS)[number] | undefined];
		return stat === undefined ? (r) => r[top] : (r) => (r[top] as WageRecord['annual'])[stat];
	},
	maker: ({ text, figure }) => {
		const t = Object.fromEntries(WAGES_TEXT.map((f) => [f, text(f)]));
		const f = Object.fromEntries(WAGE_FIGURES.map((name) => [name, figure(name)]));
		const set = (basis: string) => WAGE_STATS.map((s) => f[`${basis}.${s}`]);
		const [annual, hourly] = [set('annual'), set('hourly')];
		const wageSet = (fs: ((i: number) => Figure)[], i: number): WageRecord['annual'] => ({ mean: fs[0](i), p10: fs[1](i), p25: fs[2](i), median: fs[3](i), p75: fs[4](i), p90: fs[5](i) });
		return (i) => ({
			sourceId: t.sourceId(i),
			areaCode: t.areaCode(i),
			area: t.area(i),
			areaType: t.areaType(i) as WageRecord['areaType'],
			naics: t.naics(i),
			industry: t.industry(i),
			ownCode: t.ownCode(i),
			soc: t.soc(i),
			title: t.title(i),
			level: t.level(i) as WageRecord['level'],
			employment: f.employment(i),
			employmentRse: f.employmentRse(i),
			meanRse: f.meanRse(i),
			annual: wageSet(annual, i),
			hourly: wageSet(hourly, i)
		});
	}
};

const PROJECTIONS_TEXT = ['sourceId', 'soc', 'title', 'occupationType', 'education', 'experience', 'training'];
const PROJECTIONS_NUMBERS = ['baseYear', 'targetYear'];
const PROJECTIONS_FIGURES = ['employmentBase', 'employmentTarget', 'change', 'percentChange', 'selfEmployedPercent', 'openingsPerYear', 'medianWage'];

const PROJECTIONS: RowShape<ProjectionRecord> = {
	text: PROJECTIONS_TEXT,
	numbers: PROJECTIONS_NUMBERS,
	figures: PROJECTIONS_FIGURES,
	get: (field) => (r) => r[field as keyof ProjectionRecord],
	maker: ({ text, number, figure }) => {
		const t = Object.fromEntries(PROJECTIONS_TEXT.map((f) => [f, text(f)]));
		const n = Object.fromEntries(PROJECTIONS_NUMBERS.map((f) => [f, number(f)]));
		const f = Object.fromEntries(PROJECTIONS_FIGURES.map((name) => [name, figure(name)]));
		return (i) => ({
			sourceId: t.sourceId(i),
			soc: t.soc(i),
			title: t.title(i),
			occupationType: t.occupationType(i),
			baseYear: n.baseYear(i),
			targetYear: n.targetYear(i),
			employmentBase: f.employmentBase(i),
			employmentTarget: f.employmentTarget(i),
			change: f.change(i),
			percentChange: f.percentChange(i),
			selfEmployedPercent: f.selfEmployedPercent(i),
			openingsPerYear: f.openingsPerYear(i),
			medianWage: f.medianWage(i),
			education: t.education(i),
			experience: t.experience(i),
			training: t.training(i)
		});
	}
};

export const packWages = (rows: readonly WageRecord[]): PackedRows => pack(rows, WAGES);
export const packProjections = (rows: readonly ProjectionRecord[]): PackedRows => pack(rows, PROJECTIONS);
/** The rows of a packed value, or null when it is not one this version wrote (damaged, or of another shape). */
export const unpackWages = (packed: unknown): WageRecord[] | null => unpack(packed, WAGES);
export const unpackProjections = (packed: unknown): ProjectionRecord[] | null => unpack(packed, PROJECTIONS);
