import type { Source, WageRecord } from '../data/schema';
import { rowsOfSource } from '../model/rowIndex';
import { latestPublished, nationalReleases, nationalSourceOf, releaseYear } from '../model/nationalReleases';
import { notInData, oneOf, type Param } from './paramTable';

/**
 * The `release` search parameter: an OEWS national release by key (a shipped release's year, an
 * imported one's source id); the default is the latest published release, so importing a file never
 * changes what a plain link shows.
 */
export function releaseParam(sources: readonly Source[]): Param<string> {
	const keys = nationalReleases(sources).map(releaseYear);
	const latest = latestPublished(sources);
	return oneOf('release', keys, latest ? releaseYear(latest) : (keys.at(-1) ?? ''), notInData('Release'));
}

/** The release a key names; the latest published one when the key names none. */
export const releaseOf = (sources: readonly Source[], key: string): Source | undefined =>
	nationalSourceOf(sources, key) ?? latestPublished(sources) ?? nationalReleases(sources).at(-1);

/** A source with rows in `rows` (a page may ship only the latest release's rows). */
export const hasRows = (rows: readonly WageRecord[], source: Source) => rowsOfSource(rows, source.id).length > 0;

/**
 * The release a page shows for a key: the one asked for once its rows are loaded; meanwhile the latest
 * published, with `pending` naming the one asked for (the page says it is loading).
 */
export function shownRelease(ds: { sources: readonly Source[]; wages: readonly WageRecord[] }, key: string): { release: Source; pending: Source | null } {
	const wanted = releaseOf(ds.sources, key)!;
	const release = hasRows(ds.wages, wanted) ? wanted : (latestPublished(ds.sources) ?? wanted);
	return { release, pending: release === wanted ? null : wanted };
}
