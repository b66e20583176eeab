import type { Source } from '../data/schema';
import { releasesOf } from './releasesOf';

/** National cross-industry OEWS files carry ids "oews-national-YYYY". */
const NATIONAL = /^oews-national-(\d{4})$/;
/** Imported national rows: "import-<hash>-national" (an OEWS file) or "import-<hash>~oews-national-YYYY" (a re-imported export). */
const IMPORTED_NATIONAL = /^import-[0-9a-z]+(?:-national|~oews-national-\d{4})$/;

/** True for a release that came from a file imported in this browser. */
export const isImportedRelease = (source: Pick<Source, 'id'>) => IMPORTED_NATIONAL.test(source.id);

/**
 * OEWS national cross-industry releases, oldest first (industry and state files excluded), including
 * releases imported in this browser unless `imported` is false. Defaults should use `latestPublished`.
 */
export const nationalReleases = (sources: readonly Source[], { imported = true } = {}): Source[] =>
	releasesOf(sources).filter((s) => NATIONAL.test(s.id) || (imported && IMPORTED_NATIONAL.test(s.id)));

/** The newest release BLS published in the shipped data (never an imported one). */
export const latestPublished = (sources: readonly Source[]): Source | undefined => nationalReleases(sources, { imported: false }).at(-1);

/**
 * The key of a release in URLs and selectors: the year for a published release ("oews-national-2025" → "2025"),
 * the source id for an imported one (two files of one year stay apart).
 */
export const releaseYear = (source: Source): string =>
	source.id.match(NATIONAL)?.[1] ?? (IMPORTED_NATIONAL.test(source.id) ? source.id : source.referenceDate.slice(0, 4));

/** The national source of a release key, if loaded. */
export const nationalSourceOf = (sources: readonly Source[], year: string): Source | undefined =>
	nationalReleases(sources).find((s) => releaseYear(s) === year);
