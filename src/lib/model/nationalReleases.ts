import type { Source } from '../data/schema';
import { releasesOf } from './releasesOf';

/** National cross-industry OEWS files carry ids "oews-national-YYYY". */
const NATIONAL = /^oews-national-(\d{4})$/;

/** OEWS national cross-industry releases, oldest first (industry and state files excluded). */
export const nationalReleases = (sources: readonly Source[]): Source[] =>
	releasesOf(sources).filter((s) => NATIONAL.test(s.id));

/** The year a national source id names ("oews-national-2025" → "2025"). */
export const releaseYear = (source: Source): string => source.id.match(NATIONAL)?.[1] ?? source.referenceDate.slice(0, 4);

/** The national source of a release year, if loaded. */
export const nationalSourceOf = (sources: readonly Source[], year: string): Source | undefined =>
	nationalReleases(sources).find((s) => releaseYear(s) === year);
