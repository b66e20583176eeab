import { browser } from '$app/environment';
import { listImports, loadImports, removeImport } from '../data/importedStore';
import { storageError, unreadableMessage } from '../data/storedImport';
import type { ImportedData, ImportedMeta } from '../data/importedSchema';

/**
 * The files imported in this browser, kept in IndexedDB (the parse worker writes them). `list` holds
 * what each import is (cheap, for the import page); `entries` holds the rows too, read only by pages
 * that merge them (`loadEntries`). `$state.raw`: rows are many and read-only, never proxied.
 * Everything is read in the browser only, once, on demand.
 */
class ImportedDataStore {
	list = $state.raw<ImportedMeta[]>([]);
	entries = $state.raw<ImportedData[]>([]);
	/** True once the list has been read (or found unreadable). */
	loaded = $state(false);
	/** True once `entries` has been read (or found unreadable): a page may then apply a URL naming an imported release. */
	ready = $state(false);
	/** Why this browser's storage could not be read, for the page to say. */
	error = $state('');
	/** The projection set chosen on /data to show in outlook views: a source id, "published" for the shipped set, "" for the default (see shownProjectionSet). */
	projectionChoice = $state('');
	#listing: Promise<void> | null = null;
	#reading: Promise<void> | null = null;

	#fail = (e: unknown) => void (this.error = storageError(e, 'read').message);
	#unreadable = (names: string[]) => void (this.error = names.length > 0 ? unreadableMessage(names) : '');

	/** Reads the list of imports (no rows). */
	load(): Promise<void> {
		if (!browser) return Promise.resolve();
		this.#listing ??= listImports()
			.then(({ entries, unreadable }) => {
				this.list = entries;
				keep(HAS_KEY, entries.length > 0 ? '1' : '0');
				this.#unreadable(unreadable);
			})
			.catch(this.#fail)
			.finally(() => (this.loaded = true));
		return this.#listing!;
	}

	/** Reads every import with its rows, a stored part per task, for pages that show them. */
	loadEntries(): Promise<void> {
		if (!browser) return Promise.resolve();
		this.readProjectionChoice();
		// A browser that keeps no import (known from a flag kept beside them) does not open its storage at all.
		const flag = read(HAS_KEY);
		if (flag === '0') {
			this.ready = true;
			return Promise.resolve();
		}
		// Without the flag (a first visit, or imports kept before the flag was), the address applies at once, with the
		// shipped data; storage is still read, and any import found joins when it is.
		if (flag === '') this.ready = true;
		this.#reading ??= loadImports()
			.then(({ entries, unreadable }) => {
				this.entries = entries;
				keep(HAS_KEY, entries.length > 0 || unreadable.length > 0 ? '1' : '0');
				this.#unreadable(unreadable);
				this.list = entries.map(({ wages: _w, projections: _p, ...meta }) => meta);
				this.loaded = true;
			})
			.catch(this.#fail)
			.finally(() => (this.ready = true));
		return this.#reading!;
	}

	/** Records an import the worker has stored; pages read its rows again when they next need them. */
	added(meta: ImportedMeta) {
		this.list = [...this.list.filter((e) => e.id !== meta.id), meta];
		this.entries = this.entries.filter((e) => e.id !== meta.id);
		this.#reading = null;
		keep(HAS_KEY, '1');
	}

	/** Reads the projection set chosen earlier in this browser. */
	readProjectionChoice() {
		if (browser) this.projectionChoice = read(CHOICE_KEY);
	}

	/** Keeps the projection set to show (a source id; "" for the default) for every page of this browser. */
	chooseProjections(sourceId: string) {
		this.projectionChoice = sourceId;
		keep(CHOICE_KEY, sourceId);
	}

	async remove(id: string): Promise<void> {
		await removeImport(id);
		this.list = this.list.filter((e) => e.id !== id);
		this.entries = this.entries.filter((e) => e.id !== id);
		if (this.list.length === 0) keep(HAS_KEY, '0');
	}
}

const CHOICE_KEY = 'healthcare-career-outlook:projections';
/** "1" while this browser keeps imports, "0" when it keeps none; absent until storage was first read. */
const HAS_KEY = 'healthcare-career-outlook:has-imports';
function read(key: string): string {
	try {
		return localStorage.getItem(key) ?? '';
	} catch {
		return '';
	}
}
function keep(key: string, value: string) {
	try {
		localStorage.setItem(key, value);
	} catch {
		// Storage off: the value holds until the page is closed.
	}
}

export const importedData = new ImportedDataStore();
