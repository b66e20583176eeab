/**
 * Imported files kept in this browser's IndexedDB (no dependency): one record per import without its rows, and
 * the rows in parts of PART_ROWS, packed by column (see packRows); all written in one transaction (by the import's
 * worker), each read in its own short task. Parts hold one kind of row each (numbered from KIND_BASE), so a page
 * reads only the kinds it shows.
 */
import { compareText } from '../model/compareText';
import { wageKind, type ImportedData, type ImportedMeta, type ShownRows } from './importedSchema';
import { packProjections, packWages, unpackProjections, unpackWages, type PackedRows } from './packRows';
import { isImportedMeta, isStoredPart, storageError } from './storedImport';

export type RowKind = keyof ShownRows;
/** Part numbers by kind: national rows are parts 0…, industry rows 1,000,000…, and so on. */
const KIND_BASE: Record<RowKind, number> = { national: 0, industries: 1e6, states: 2e6, other: 3e6, projections: 4e6 };
/** The kinds the dashboard shows: all of them (metro and other areas as a table on /pay). */
export const SHOWN_KINDS: RowKind[] = ['national', 'industries', 'states', 'other', 'projections'];

interface Part {
	id: string;
	part: number;
	wages: ImportedData['wages'];
	projections: ImportedData['projections'];
}

/** A part as kept: its rows packed by column (see packRows), which the browser clones as blocks instead of value by value. */
interface StoredPart {
	id: string;
	part: number;
	wages: PackedRows;
	projections: PackedRows;
}

export const packPart = (p: Part): StoredPart => ({ id: p.id, part: p.part, wages: packWages(p.wages), projections: packProjections(p.projections) });

/** A kept part's rows: packed as this version keeps them, or as rows (kept by the version before); null when neither reads. */
export function rowsOfPart(stored: unknown): Part | null {
	if (isStoredPart(stored)) return stored as Part;
	const { id, part, wages, projections } = (stored ?? {}) as Partial<StoredPart>;
	const w = unpackWages(wages);
	const p = unpackProjections(projections);
	return typeof id === 'string' && typeof part === 'number' && w && p ? { id, part, wages: w, projections: p } : null;
}

const DB = 'healthcare-career-outlook';
const VERSION = 1;
/** Rows per stored part: small enough that cloning one never blocks the page for long. */
export const PART_ROWS = 2000;

/** Splits an import into its record and row parts (pure; the store writes what this returns). */
export function splitImport(entry: ImportedData, size = PART_ROWS): { meta: ImportedMeta; parts: Part[] } {
	const { wages, projections, ...meta } = entry;
	const parts: Part[] = [];
	const byKind = new Map<RowKind, ImportedData['wages']>();
	for (const r of wages) {
		const kind = wageKind(r);
		const list = byKind.get(kind);
		if (list) list.push(r);
		else byKind.set(kind, [r]);
	}
	for (const [kind, rows] of byKind)
		for (let i = 0, n = 0; i < rows.length; i += size, n++) parts.push({ id: entry.id, part: KIND_BASE[kind] + n, wages: rows.slice(i, i + size), projections: [] });
	for (let i = 0, n = 0; i < projections.length; i += size, n++)
		parts.push({ id: entry.id, part: KIND_BASE.projections + n, wages: [], projections: projections.slice(i, i + size) });
	return { meta, parts };
}

/** Puts an import back together from its record and parts, in part order. */
export function joinImport(meta: ImportedMeta, parts: readonly Part[]): ImportedData {
	const sorted = [...parts].sort((a, b) => a.part - b.part);
	return { ...meta, wages: sorted.flatMap((p) => p.wages), projections: sorted.flatMap((p) => p.projections) };
}

const done = <T>(request: IDBRequest<T>) =>
	new Promise<T>((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});

const committed = (tx: IDBTransaction) =>
	new Promise<void>((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('The browser refused to store the data.'));
	});

let opening: Promise<IDBDatabase> | null = null;
function open(): Promise<IDBDatabase> {
	opening ??= new Promise<IDBDatabase>((resolve, reject) => {
		// Private windows in some browsers have no IndexedDB at all, or refuse to open it.
		if (typeof indexedDB === 'undefined') return reject(storageError({ name: 'unavailable' }));
		const request = indexedDB.open(DB, VERSION);
		request.onupgradeneeded = () => {
			request.result.createObjectStore('imports', { keyPath: 'id' });
			request.result.createObjectStore('parts', { keyPath: ['id', 'part'] });
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(storageError(request.error));
	}).catch((error) => {
		opening = null; // the next attempt tries again
		throw storageError(error);
	});
	return opening;
}

const range = (id: string) => IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);

/**
 * Stores an import (replacing one with the same id), its parts and its record in one transaction, so a half-written
 * import is never listed. When a part cannot be written (the quota runs out part-way), the transaction keeps nothing
 * (and anything left is removed) and the error says what happened.
 */
export async function saveImport(entry: ImportedData): Promise<void> {
	const db = await open();
	await removeImport(entry.id);
	const { meta, parts } = splitImport(entry);
	try {
		// One transaction: the parts and then the record are kept together or not at all.
		const tx = db.transaction(['parts', 'imports'], 'readwrite');
		for (const part of parts) tx.objectStore('parts').put(packPart(part));
		tx.objectStore('imports').put(meta);
		await committed(tx);
	} catch (error) {
		await removeImport(entry.id).catch(() => undefined);
		throw storageError(error);
	}
}

/** What was found in storage: the imports that read back whole, and the names of those that did not. */
export interface StoredImports<T> {
	entries: T[];
	unreadable: string[];
}

/** Every stored import without its rows, oldest first; records this version cannot read are named, not listed. */
export async function listImports(): Promise<StoredImports<ImportedMeta>> {
	const db = await open();
	const records = (await done(db.transaction('imports').objectStore('imports').getAll())) as unknown[];
	const entries = records.filter(isImportedMeta).sort((a, b) => compareText(a.importedAt, b.importedAt));
	const unreadable = records.filter((r) => !isImportedMeta(r)).map((r) => String((r as { fileName?: unknown; id?: unknown })?.fileName ?? (r as { id?: unknown })?.id ?? 'unnamed'));
	return { entries, unreadable };
}

/** Every stored import with its rows of the given kinds (read a part per task), oldest first; an import with a part that does not read is left out whole. */
export async function loadImports(kinds: readonly RowKind[] = SHOWN_KINDS): Promise<StoredImports<ImportedData>> {
	const db = await open();
	const entries: ImportedData[] = [];
	const listed = await listImports();
	const unreadable = [...listed.unreadable];
	for (const meta of listed.entries) {
		const parts: Part[] = [];
		const keys: IDBValidKey[] = [];
		for (const kind of kinds) {
			const from = KIND_BASE[kind];
			keys.push(...(await done(db.transaction('parts').objectStore('parts').getAllKeys(IDBKeyRange.bound([meta.id, from], [meta.id, from + 999_999])))));
		}
		let whole = true;
		for (const key of keys) {
			const part = rowsOfPart(await done(db.transaction('parts').objectStore('parts').get(key)));
			if (!part) whole = false;
			else parts.push(part);
		}
		if (whole) entries.push(joinImport(meta, parts));
		else unreadable.push(meta.fileName);
	}
	return { entries, unreadable };
}

/** Deletes an import and its rows. */
export async function removeImport(id: string): Promise<void> {
	const db = await open();
	const tx = db.transaction(['imports', 'parts'], 'readwrite');
	tx.objectStore('imports').delete(id);
	tx.objectStore('parts').delete(range(id));
	await committed(tx);
}
