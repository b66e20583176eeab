import type { Source } from '../data/schema';
import { releasesOf } from './releasesOf';

/** True for a release that came from a file imported in this browser. */
export const isImportedRelease = (source: Pick<Source, 'origin'>) => source.origin === 'imported';

/**
 * OEWS national cross-industry releases, oldest first (industry, state and metro sources excluded),
 * including releases imported in this browser unless `imported` is false. Defaults should use `latestPublished`.
 */
export const nationalReleases = (sources: readonly Source[], { imported = true } = {}): Source[] =>
	releasesOf(sources).filter((s) => s.scope === 'national' && (imported || s.origin === 'shipped'));

/** The newest release BLS published in the shipped data (never an imported one). */
export const latestPublished = (sources: readonly Source[]): Source | undefined => nationalReleases(sources, { imported: false }).at(-1);

/**
 * The key of a release in URLs and selectors: the year for a shipped release ("2025"), the source id for
 * an imported one (two files of one year stay apart).
 */
export const releaseYear = (source: Pick<Source, 'id' | 'origin' | 'referenceDate'>): string =>
	source.origin === 'imported' ? source.id : source.referenceDate.slice(0, 4);

/** The national source of a release key, if loaded. */
export const nationalSourceOf = (sources: readonly Source[], year: string): Source | undefined =>
	nationalReleases(sources).find((s) => releaseYear(s) === year);
