import type { ImportedData } from '../data/importedSchema';
import type { Source, WageRecord } from '../data/schema';
import type { Dataset } from './dataset';
import { mergeImported } from './mergeImported';
import { releasesOf } from './releasesOf';

/** Parts of the shipped data fetched after the page loads: every national release, the industry files, the state file. */
export interface LoadedParts {
	history?: WageRecord[];
	settings?: WageRecord[];
	states?: WageRecord[];
}

const EP = 'Employment Projections';

/** Every projection set with rows: the shipped one and imported ones, oldest first. */
export const projectionSets = (ds: Pick<Dataset, 'sources' | 'projections'>): Source[] => {
	const withRows = new Set(ds.projections.map((p) => p.sourceId));
	return releasesOf(ds.sources, EP).filter((s) => withRows.has(s.id));
};

/**
 * Which projection set outlook and growth views show: the one chosen on /data ("published" for the shipped
 * set), else the newest imported file (the person brought it to see it), else the shipped set.
 */
export function shownProjectionSet(sets: readonly Source[], chosen: string): Source | undefined {
	if (chosen === 'published') return sets.find((s) => s.origin === 'shipped') ?? sets[0];
	return sets.find((s) => s.id === chosen) ?? sets.filter((s) => s.origin === 'imported').at(-1) ?? sets[0];
}

/** The source of the projections a dataset shows (views name it in their source lines). */
export const projectionSourceOf = (ds: Pick<Dataset, 'sources' | 'projections'>): Source | undefined => {
	const id = ds.projections[0]?.sourceId;
	return ds.sources.find((s) => s.id === id);
};

/**
 * The one dataset every view reads: the page's shipped rows, the parts fetched since (a fuller set
 * replaces the page's own), and every import as sources of its own. Of the projection sets, one is
 * shown (`chosenProjections`, see shownProjectionSet), so outlook views never mix two.
 */
export function assembleDataset(base: Dataset, parts: LoadedParts, imports: readonly ImportedData[], chosenProjections = ''): Dataset {
	if (imports.length === 0 && !parts.history && !parts.settings && !parts.states) return base;
	const withParts: Dataset = {
		...base,
		wages: parts.history ?? base.wages,
		settings: parts.settings ?? base.settings,
		states: parts.states ?? base.states
	};
	const merged = mergeImported(withParts, imports);
	if (imports.every((i) => i.projections.length === 0)) return merged;
	const shown = shownProjectionSet(projectionSets(merged), chosenProjections);
	return { ...merged, projections: merged.projections.filter((p) => p.sourceId === shown?.id) };
}
