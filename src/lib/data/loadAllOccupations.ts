import projectionsUrl from '$data/projections-all-occupations.csv?url';
import { fetchText, rowsOf } from './loadDataset';
import type { ProjectionRecord, WageRecord } from './schema';
import { importTidy, projectionCodec } from './tidyCodecs';
import { importTidyWages } from './tidyWages';

type Fetch = typeof fetch;

const glob = import.meta.glob('/data/oews-all-occupations-*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** The explorer's files of every detailed occupation, by release year ("2025" → URL). */
export const ALL_OCCUPATION_FILES: Readonly<Record<string, string>> = Object.fromEntries(
	Object.entries(glob).map(([path, url]) => [path.match(/(\d{4})\.csv$/)![1], url])
);

/** Every detailed occupation of one national release (~12,000 rows); for /explore only, fetched in the browser. */
export async function loadAllOccupations(fetch: Fetch, year: string): Promise<WageRecord[]> {
	const url = ALL_OCCUPATION_FILES[year];
	if (!url) return [];
	const name = `oews-all-occupations-${year}.csv`;
	return rowsOf(importTidyWages(await fetchText(fetch, { name, url }), name));
}

/** Every Employment Projections line item; for /explore only, fetched in the browser. */
export async function loadAllProjections(fetch: Fetch): Promise<ProjectionRecord[]> {
	const name = 'projections-all-occupations.csv';
	return rowsOf(importTidy(projectionCodec, await fetchText(fetch, { name, url: projectionsUrl }), name));
}
