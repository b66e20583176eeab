/**
 * The one dataset every page reads: the shipped rows its load function prerendered, the larger parts
 * fetched once per visit when a view needs them (every national release, the industry files, the state
 * file), and every file imported in this browser, merged by `assembleDataset`. In the browser only; on
 * the server (prerender) a page gets its shipped rows as they are.
 */
import { browser } from '$app/environment';
import { errorMessage } from '../errorMessage';
import { onMount } from 'svelte';
import { PART_FILES, readWages } from '../data/loadDataset';
import { readWagesOffThread } from '../data/readWagesOffThread';
import type { ProjectionRecord, Source, WageRecord } from '../data/schema';
import { assembleDataset, projectionSourceOf, type LoadedParts } from '../model/assembleDataset';
import { rowsOfSource } from '../model/rowIndex';
import type { Dataset } from '../model/dataset';
import { importedData } from './importedData.svelte';

export type Part = keyof LoadedParts;

/**
 * The industry and state files (~3 MB and ~1 MB) are parsed in a worker, whose script is fetched when the first of them
 * is asked for; the national releases (~200 KB each) here, where a worker made no difference to the page's task time
 * when they arrive (scripts/bench/historyArrival.ts, same run: /compare 298 → 293 ms, /career/29-2072 288 → 384 ms).
 */
const readPart = (part: Part, f: typeof fetch) => (part === 'history' ? readWages(f, PART_FILES.history) : readWagesOffThread(f, PART_FILES[part]));

/**
 * Files fetched in the browser once per visit, by key: later calls, from any page, reuse what the first one started.
 * `$state.raw`: rows are many and read-only, never proxied.
 */
class FetchedOnce<K extends string, T> {
	/** What has arrived, by key. */
	loaded = $state.raw<Partial<Record<K, T>>>({});
	/** Why a key could not be fetched, by key. */
	errors = $state.raw<Partial<Record<K, string>>>({});
	#started = new Set<K>();

	need(key: K, load: () => Promise<T>): void {
		if (!browser || this.#started.has(key)) return;
		this.#started.add(key);
		load().then(
			(value) => (this.loaded = { ...this.loaded, [key]: value }),
			(e: unknown) => (this.errors = { ...this.errors, [key]: errorMessage(e) })
		);
	}
}

/** The larger parts of the dataset (every national release, the industry files, the state file). */
const datasetParts = new FetchedOnce<Part, WageRecord[]>();
const needPart = (part: Part) => datasetParts.need(part, () => readPart(part, fetch));

/**
 * The explorer's files of every detailed occupation (by release year, "2025") and of every occupation's projections;
 * their reader loads with the first of them, not with every page.
 */
const occupationWages = new FetchedOnce<string, WageRecord[]>();
const occupationProjections = new FetchedOnce<'all', ProjectionRecord[]>();
const occupationReader = () => import('../data/loadAllOccupations');
function needOccupations(year: string) {
	occupationProjections.need('all', () => occupationReader().then((r) => r.loadAllProjections(fetch)));
	occupationWages.need(year, () => occupationReader().then((r) => r.loadAllOccupations(fetch, year)));
}

/** Every occupation of a release and every occupation's projections; null while a file is still being fetched. */
export interface AllOccupations {
	wages: readonly WageRecord[] | null;
	projections: readonly ProjectionRecord[] | null;
	/** The projections' source: an imported set when outlook views show it (see shownProjectionSet), else the published one. */
	projectionSource: Source | undefined;
	/** Why a file could not be fetched, "" when it could. */
	error: string;
}

export interface PageDatasetHandle {
	/** The merged dataset: shipped rows, fetched parts and imports. */
	readonly current: Dataset;
	/** True once imports are read (or found unreadable): a URL naming an imported source can then be applied. */
	readonly ready: boolean;
	/** A part's rows are in `current` (or it failed: see `error`). */
	has(part: Part): boolean;
	/** Why a part could not be fetched, "" when it could. */
	error(part: Part): string;
	/** Asks for a part a view needs now (e.g. an older release chosen on the page). */
	need(part: Part): void;
	/** In a page's script: asks for a part whenever `when()` is truthy (an older release chosen, say), as it changes. */
	needWhen(part: Part, when: () => unknown): void;
	/**
	 * Every occupation of a release (key: its year, or an import's id) for the explorer: a published release's file,
	 * fetched once, when first asked for (asking again is free); an imported release brings its own rows. The projections
	 * are the set outlook views show: an imported file when it is the one shown, else the published file of every occupation.
	 */
	allOccupations(key: string, release: Source | undefined): AllOccupations;
}

/**
 * In a page's script: its dataset, with the parts it always needs fetched after it mounts and every
 * import merged. `base` returns the rows the page's load function gave.
 */
export function usePageDataset(base: () => Dataset, parts: Part[] = []): PageDatasetHandle {
	onMount(() => {
		void importedData.loadEntries();
		for (const p of parts) needPart(p);
	});
	const current = $derived(assembleDataset(base(), datasetParts.loaded, importedData.entries, importedData.projectionChoice));
	return {
		get current() {
			return current;
		},
		get ready() {
			return importedData.ready;
		},
		has: (part) => part in datasetParts.loaded,
		error: (part) => datasetParts.errors[part] ?? '',
		need: needPart,
		needWhen(part, when) {
			$effect(() => {
				if (when()) needPart(part);
			});
		},
		allOccupations(key, release) {
			const imported = release?.origin === 'imported';
			if (!imported) needOccupations(key);
			const ep = projectionSourceOf(current);
			const ownProjections = ep?.origin === 'imported';
			return {
				wages: imported ? rowsOfSource(current.wages, release.id) : (occupationWages.loaded[key] ?? null),
				projections: ownProjections ? current.projections : (occupationProjections.loaded.all ?? null),
				projectionSource: ep,
				error: (ownProjections ? undefined : occupationProjections.errors.all) ?? (imported ? '' : (occupationWages.errors[key] ?? ''))
			};
		}
	};
}
