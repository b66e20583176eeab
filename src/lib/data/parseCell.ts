import type { Figure, Missing, MissingReason } from './schema';

// One shared, frozen object per reason: a figure's meaning is its value, and 400,000 rows need not allocate.
const MISSING = Object.freeze({
	topCoded: Object.freeze({ missing: 'topCoded' }),
	notAvailable: Object.freeze({ missing: 'notAvailable' }),
	fewEstablishments: Object.freeze({ missing: 'fewEstablishments' }),
	notInRelease: Object.freeze({ missing: 'notInRelease' }),
	notReleased: Object.freeze({ missing: 'notReleased' })
}) as Readonly<Record<MissingReason, Missing>>;

/** The shared figure for a reason (frozen; compare with `.missing`, never mutate). */
export const missing = (reason: MissingReason): Missing => MISSING[reason];

const MARKERS = new Map<string, MissingReason>([
	['#', 'topCoded'],
	['*', 'notAvailable'],
	['**', 'notAvailable'],
	['~', 'fewEstablishments'],
	['—', 'notAvailable'],
	['–', 'notAvailable'],
	['-', 'notAvailable'],
	['N/A', 'notAvailable'],
	['n/a', 'notAvailable'],
	['', 'notAvailable']
]);

const PLAIN = /^[+-]?\d+(\.\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Reads plain decimals ("50250", "24.16", "-3") straight from the characters; NaN when the cell needs
 * the general path (separators, blanks, markers, or more than 15 digits). With at most 15 digits, an
 * integer divided by an exact power of ten is correctly rounded, so this equals `Number(cell)`.
 */
function plainNumber(s: string): number {
	const n = s.length;
	let i = 0;
	let c = s.charCodeAt(0);
	const negative = c === 45;
	if (negative || c === 43) i = 1;
	let m = 0;
	let digits = 0;
	for (; i < n; i++) {
		c = s.charCodeAt(i) - 48;
		if (c < 0 || c > 9) break;
		m = m * 10 + c;
		digits++;
	}
	if (digits === 0) return NaN;
	let scale = 0;
	if (i < n) {
		if (s.charCodeAt(i) !== 46 || i === n - 1) return NaN;
		for (i++; i < n; i++) {
			c = s.charCodeAt(i) - 48;
			if (c < 0 || c > 9) return NaN;
			m = m * 10 + c;
			digits++;
			scale++;
		}
	}
	if (digits > 15) return NaN;
	const v = scale === 0 ? m : m / POW10[scale];
	return negative ? -v : v;
}

/**
 * Reads a numeric cell: plain or with thousands separators ("151,853,870"), or a BLS marker kept
 * as its meaning. Returns null when the cell is neither, so the caller can report it.
 */
export function parseFigure(raw: string): Figure | null {
	const fast = plainNumber(raw);
	if (fast === fast) return fast; // not NaN
	const cell = raw.trim();
	const marker = MARKERS.get(cell);
	if (marker) return MISSING[marker];
	if (PLAIN.test(cell)) return Number(cell);
	if (GROUPED.test(cell)) return Number(cell.replaceAll(',', ''));
	return null;
}

const SOC = /^\d{2}-\d{4}$/;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Reads a SOC code as text: unwraps Excel's `="29-2072"` guard and rejects anything not NN-NNNN. */
export function parseSoc(raw: string): string | null {
	if (
		raw.length === 7 &&
		raw.charCodeAt(2) === 45 &&
		isDigit(raw.charCodeAt(0)) &&
		isDigit(raw.charCodeAt(1)) &&
		isDigit(raw.charCodeAt(3)) &&
		isDigit(raw.charCodeAt(4)) &&
		isDigit(raw.charCodeAt(5)) &&
		isDigit(raw.charCodeAt(6))
	)
		return raw;
	const cell = raw.trim().replace(/^="(.*)"$/, '$1').trim();
	return SOC.test(cell) ? cell : null;
}

/** Reads a whole year such as "2024"; null otherwise. */
export function parseYear(raw: string): number | null {
	const cell = raw.trim();
	return /^(19|20)\d{2}$/.test(cell) ? Number(cell) : null;
}
