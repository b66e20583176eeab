import type { Figure, MissingReason } from './schema';

const MARKERS: Record<string, MissingReason> = {
	'#': 'topCoded',
	'*': 'notAvailable',
	'**': 'notAvailable',
	'~': 'fewEstablishments',
	'—': 'notAvailable',
	'–': 'notAvailable',
	'-': 'notAvailable',
	'N/A': 'notAvailable',
	'n/a': 'notAvailable',
	'': 'notAvailable'
};

const PLAIN = /^[+-]?\d+(\.\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Reads a numeric cell: plain or with thousands separators ("151,853,870"), or a BLS marker kept
 * as its meaning. Returns null when the cell is neither, so the caller can report it.
 */
export function parseFigure(raw: string): Figure | null {
	const cell = raw.trim();
	const marker = MARKERS[cell];
	if (marker) return { missing: marker };
	if (PLAIN.test(cell)) return Number(cell);
	if (GROUPED.test(cell)) return Number(cell.replaceAll(',', ''));
	return null;
}

const SOC = /^\d{2}-\d{4}$/;

/** Reads a SOC code as text: unwraps Excel's `="29-2072"` guard and rejects anything not NN-NNNN. */
export function parseSoc(raw: string): string | null {
	const cell = raw.trim().replace(/^="(.*)"$/, '$1').trim();
	return SOC.test(cell) ? cell : null;
}

/** Reads a whole year such as "2024"; null otherwise. */
export function parseYear(raw: string): number | null {
	const cell = raw.trim();
	return /^(19|20)\d{2}$/.test(cell) ? Number(cell) : null;
}
