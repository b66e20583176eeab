/**
 * The one dataset every page reads: the shipped rows its load function prerendered, the larger parts
 * fetched once per visit when a view needs them (every national release, the industry files, the state
 * file), and every file imported in this browser, merged by `assembleDataset`. In the browser only; on
 * the server (prerender) a page gets its shipped rows as they are.
 */
import { browser } from '$app/environment';
import { onMount } from 'svelte';
import { loadNationalHistory, loadSettings, loadStates } from '../data/loadDataset';
import type { ProjectionRecord, Source, WageRecord } from '../data/schema';
import { assembleDataset, type LoadedParts } from '../model/assembleDataset';
import { rowsOfSource } from '../model/rowIndex';
import type { Dataset } from '../model/dataset';
import { importedData } from './importedData.svelte';

export type Part = keyof LoadedParts;

const LOADERS: Record<Part, (f: typeof fetch) => Promise<WageRecord[]>> = {
	history: loadNationalHistory,
	settings: (f) => loadSettings(f),
	states: loadStates
};

class DatasetParts {
	/** The parts fetched so far; `$state.raw`: rows are many and read-only, never proxied. */
	loaded = $state.raw<LoadedParts>({});
	/** Why a part could not be fetched, by part. */
	errors = $state.raw<Partial<Record<Part, string>>>({});
	#started = new Set<Part>();

	/** Fetches a part once per visit (later calls, from any page, reuse it). */
	need(part: Part): void {
		if (!browser || this.#started.has(part)) return;
		this.#started.add(part);
		LOADERS[part](fetch).then(
			(rows) => (this.loaded = { ...this.loaded, [part]: rows }),
			(e: unknown) => (this.errors = { ...this.errors, [part]: e instanceof Error ? e.message : String(e) })
		);
	}
}

export const datasetParts = new DatasetParts();

const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The explorer's files of every detailed occupation (one per published release) and the projections of every
 * occupation, fetched once per visit when first asked for; their reader loads with them, not with every page.
 */
class OccupationFiles {
	/** Rows by release year ("2025"). */
	wages = $state.raw<Record<string, WageRecord[]>>({});
	projections = $state.raw<ProjectionRecord[] | null>(null);
	error = $state('');
	#started = new Set<string>();

	need(year: string): void {
		if (!browser) return;
		const reader = () => import('../data/loadAllOccupations');
		if (!this.#started.has('projections')) {
			this.#started.add('projections');
			reader()
				.then((r) => r.loadAllProjections(fetch))
				.then((rows) => (this.projections = rows), (e: unknown) => (this.error = why(e)));
		}
		if (this.#started.has(year)) return;
		this.#started.add(year);
		reader()
			.then((r) => r.loadAllOccupations(fetch, year))
			.then((rows) => (this.wages = { ...this.wages, [year]: rows }), (e: unknown) => (this.error = why(e)));
	}
}

export const occupationFiles = new OccupationFiles();

/** Every occupation of a release and every occupation's projections; null while a file is still being fetched. */
export interface AllOccupations {
	wages: readonly WageRecord[] | null;
	projections: readonly ProjectionRecord[] | null;
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
	/**
	 * Every occupation of a release (key: its year, or an import's id) for the explorer: a published release's file,
	 * fetched once, when first asked for (asking again is free); an imported release brings its own rows.
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
		for (const p of parts) datasetParts.need(p);
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
		need: (part) => datasetParts.need(part),
		allOccupations(key, release) {
			const imported = release?.origin === 'imported';
			if (!imported) occupationFiles.need(key);
			return {
				wages: imported ? rowsOfSource(current.wages, release.id) : (occupationFiles.wages[key] ?? null),
				projections: occupationFiles.projections,
				error: occupationFiles.error
			};
		}
	};
}
