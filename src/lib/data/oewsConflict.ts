/** How two OEWS rows for the same occupation, area and industry differ: the first figure that does not match. */
import type { Figure } from './schema';

export interface FigureDifference {
	/** Index of the differing figure (in the importer's figure-column order). */
	figure: number;
	/** The figure on the earlier row, as it reads in a report. */
	before: string;
	/** The cell on the later row, as written. */
	after: string;
}

const MARKER_TEXT: Record<string, string> = {
	topCoded: '#',
	notAvailable: '* (not available)',
	fewEstablishments: '~',
	notReleased: 'not released (ANNUAL/HOURLY=TRUE)',
	notInRelease: 'no such column'
};

/** A figure as a report shows it: the number, or the BLS marker it came from. */
export const figureText = (f: Figure | null | undefined): string =>
	f === null || f === undefined ? '(unreadable)' : typeof f === 'number' ? String(f) : MARKER_TEXT[f.missing];

/**
 * The first figure where `later` (read from a row's cells, null when a cell is not a number) differs from
 * `earlier` (an accepted row's figures), with both values; null when every figure is the same.
 * Shared markers are one object each, so `===` compares both numbers and markers.
 */
export function figureDifference(earlier: readonly Figure[], later: readonly (Figure | null)[], cells: readonly (string | undefined)[]): FigureDifference | null {
	for (let f = 0; f < earlier.length; f++)
		if (later[f] !== earlier[f]) return { figure: f, before: figureText(earlier[f]), after: cells[f] ?? figureText(later[f]) };
	return null;
}

/** The first cell where two rejected-or-not rows' raw cells differ (trimmed), with both values; null when the same. */
export function cellDifference(earlier: readonly (string | undefined)[], later: readonly (string | undefined)[]): FigureDifference | null {
	for (let f = 0; f < earlier.length; f++) {
		const a = earlier[f]?.trim() ?? '';
		const b = later[f]?.trim() ?? '';
		if (a !== b) return { figure: f, before: a, after: b };
	}
	return null;
}
