import type { ImportedData } from '../data/importedSchema';
import { scopeOfWage } from '../data/scopeOfWage';
import type { Dataset } from './dataset';

/**
 * The dataset with each import added as sources of its own: national cross-industry rows join `wages`
 * (a release to pick), national industry rows `settings`, state rows `states`, metro and other area rows
 * `areas`, projections `projections`. Shipped rows are never replaced: views choose between sources.
 */
export function mergeImported(dataset: Dataset, imported: readonly ImportedData[]): Dataset {
	if (imported.length === 0) return dataset;
	const merged: Dataset = {
		...dataset,
		sources: [...dataset.sources, ...imported.flatMap((i) => i.sources)],
		wages: [...dataset.wages],
		settings: [...dataset.settings],
		states: [...dataset.states],
		areas: [...dataset.areas],
		projections: [...dataset.projections, ...imported.flatMap((i) => i.projections)]
	};
	const into = { national: merged.wages, industry: merged.settings, state: merged.states, metro: merged.areas };
	for (const i of imported) for (const r of i.wages) into[scopeOfWage(r)].push(r);
	return merged;
}
