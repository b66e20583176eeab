import { ascending } from 'd3-array';
import type { Source } from '../data/schema';

/** Program names are compared loosely so "OEWS" and "oews " name the same program. */
const sameProgram = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/** Shipped before imported when two sources refer to the same date. */
const ORIGIN_ORDER = { shipped: 0, imported: 1 } as const;

/**
 * The sources of one program, oldest first. Sorted by ISO referenceDate (lexical order is date order),
 * shipped before imported, then by id so that two files of one release always come out in the same order.
 */
export function releasesOf(sources: readonly Source[], program = 'OEWS'): Source[] {
	return sources
		.filter((s) => sameProgram(s.program, program))
		.sort((a, b) => ascending(a.referenceDate, b.referenceDate) || ORIGIN_ORDER[a.origin] - ORIGIN_ORDER[b.origin] || ascending(a.id, b.id));
}

/** The newest source of a program (the last by referenceDate), or undefined when there is none. */
export function latestRelease(sources: readonly Source[], program = 'OEWS'): Source | undefined {
	return releasesOf(sources, program).at(-1);
}
