/**
 * What can go wrong with this browser's storage, said plainly, and a check that a stored import still has
 * the shape this version reads (a record written by an older version, or damaged, is left out, never half-shown).
 */
import type { ImportedData, ImportedMeta } from './importedSchema';
import { errorMessage } from '../errorMessage';

/** A storage failure the page can show as it is. */
export class StorageError extends Error {
	constructor(
		message: string,
		/** `unavailable` (private mode, storage off), `full` (quota), or `failed`. */
		readonly reason: 'unavailable' | 'full' | 'failed'
	) {
		super(message);
		this.name = 'StorageError';
	}
}

const KEPT = "The dashboard's own data is unchanged.";

/** The message for an error from IndexedDB (or its absence), while keeping a file or reading kept ones back. */
export function storageError(error: unknown, doing: 'keep' | 'read' = 'keep'): StorageError {
	if (error instanceof StorageError && doing === 'keep') return error;
	if (doing === 'read' && (error instanceof StorageError ? error.reason === 'unavailable' : ['InvalidStateError', 'SecurityError', 'NotAllowedError', 'unavailable'].includes((error as { name?: string } | null)?.name ?? '')))
		return new StorageError(`This browser does not let the page read kept files (private browsing, or site storage turned off), so imported files are not shown. ${KEPT}`, 'unavailable');
	if (doing === 'read') return new StorageError(`Imported files could not be read from this browser's storage (${errorMessage(error)}), so they are not shown. ${KEPT}`, 'failed');
	const name = (error as { name?: string } | null)?.name ?? '';
	if (name === 'QuotaExceededError' || /quota/i.test(String(error)))
		return new StorageError(`This browser has no room left to keep the file (its storage quota is used up), so nothing was kept. ${KEPT} Remove an earlier import below, or free space in the browser, and import the file again.`, 'full');
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotAllowedError' || name === 'unavailable')
		return new StorageError(`This browser does not let the page keep files (private browsing, or site storage turned off), so the file was not kept. ${KEPT} Use a normal window, or allow site storage, and import the file again.`, 'unavailable');
	return new StorageError(`This browser's storage failed (${String(error)}), so nothing was kept. ${KEPT} Try again, or remove an earlier import first.`, 'failed');
}

const isText = (v: unknown) => typeof v === 'string';
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const isSource = (s: unknown) => isObject(s) && [s.id, s.program, s.scope, s.origin, s.release, s.referenceDate, s.file].every(isText);

/** True when a stored record has every field of an import's description, typed as this version writes it. */
export function isImportedMeta(v: unknown): v is ImportedMeta {
	if (!isObject(v) || !isObject(v.shown) || !Array.isArray(v.sources)) return false;
	const shown = v.shown;
	return (
		[v.id, v.fileName, v.label, v.format, v.importedAt].every(isText) &&
		[v.read, v.accepted, v.rejected, v.problemTotal].every(isCount) &&
		[shown.national, shown.industries, shown.states, shown.other, shown.projections].every(isCount) &&
		v.sources.every(isSource)
	);
}

const isWage = (r: unknown) => isObject(r) && isText(r.soc) && isText(r.sourceId) && isText(r.areaCode) && isObject(r.annual) && isObject(r.hourly);
const isProjection = (r: unknown) => isObject(r) && isText(r.soc) && isText(r.sourceId) && typeof r.baseYear === 'number';

/** True when a stored part holds rows of the shape the charts read. */
export function isStoredPart(v: unknown): v is { wages: ImportedData['wages']; projections: ImportedData['projections'] } {
	return isObject(v) && Array.isArray(v.wages) && Array.isArray(v.projections) && v.wages.every(isWage) && v.projections.every(isProjection);
}

/** The message for stored imports that could not be read back, naming them. */
export const unreadableMessage = (names: readonly string[]) =>
	`${names.length === 1 ? 'One import kept in this browser' : `${names.length} imports kept in this browser`} (${names.join(', ')}) could not be read back (stored by an older version, or damaged), so ${names.length === 1 ? 'it is' : 'they are'} not shown. ${KEPT} Import the file again to replace ${names.length === 1 ? 'it' : 'them'}.`;
