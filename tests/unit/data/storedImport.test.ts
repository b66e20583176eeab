import { describe, expect, it } from 'vitest';
import { isImportedMeta, isStoredPart, storageError, StorageError, unreadableMessage } from '../../../src/lib/data/storedImport';

const meta = {
	id: 'import-x',
	fileName: 'national_M2022_dl.csv',
	label: 'May 2022 — your file',
	format: 'oews',
	importedAt: '2026-01-01T00:00:00.000Z',
	read: 3,
	accepted: 2,
	rejected: 1,
	problemTotal: 1,
	sources: [{ id: 'import-x-national', program: 'OEWS', scope: 'national', origin: 'imported', release: 'May 2022 — your file', referenceDate: '2022-05-01', file: 'national_M2022_dl.csv' }],
	shown: { national: 2, industries: 0, states: 0, other: 0, projections: 0 }
};
const wage = { soc: '29-2072', sourceId: 'import-x-national', areaCode: '99', annual: { median: 50250 }, hourly: { median: 24.16 } };

describe('storageError', () => {
	it.each<[string, unknown, 'keep' | 'read', StorageError['reason'], RegExp]>([
		['quota exceeded while keeping', { name: 'QuotaExceededError' }, 'keep', 'full', /no room left .* nothing was kept\. The dashboard's own data is unchanged\. Remove an earlier import/],
		['private mode while keeping', { name: 'InvalidStateError' }, 'keep', 'unavailable', /private browsing.*not kept/],
		['no IndexedDB while keeping', { name: 'unavailable' }, 'keep', 'unavailable', /private browsing/],
		['private mode while reading', { name: 'SecurityError' }, 'read', 'unavailable', /read kept files .* not shown\. The dashboard's own data is unchanged/],
		['anything else while keeping', new Error('disk I/O'), 'keep', 'failed', /storage failed \(Error: disk I\/O\)/],
		['anything else while reading', new Error('disk I/O'), 'read', 'failed', /could not be read .*\(disk I\/O\)/]
	])('%s', (_name, error, doing, reason, says) => {
		const e = storageError(error, doing);
		expect(e).toBeInstanceOf(StorageError);
		expect(e.reason).toBe(reason);
		expect(e.message).toMatch(says);
	});
});

describe('stored records', () => {
	it.each<[string, unknown, boolean]>([
		['a record this version writes', meta, true],
		['without shown (an older version)', { ...meta, shown: undefined }, false],
		['with source ids but no described sources (an older version)', { ...meta, sources: undefined, sourceIds: ['import-x-national'] }, false],
		['a source without its scope', { ...meta, sources: [{ ...meta.sources[0], scope: undefined }] }, false],
		['a count stored as text', { ...meta, read: '3' }, false],
		['null', null, false]
	])('isImportedMeta: %s', (_name, record, ok) => expect(isImportedMeta(record)).toBe(ok));

	it.each<[string, unknown, boolean]>([
		['wages and projections', { wages: [wage], projections: [] }, true],
		['a wage without its pay sets', { wages: [{ ...wage, annual: undefined }], projections: [] }, false],
		['rows not in a list', { wages: 'x', projections: [] }, false],
		['a projection without its years', { wages: [], projections: [{ soc: '29-2072', sourceId: 'p' }] }, false]
	])('isStoredPart: %s', (_name, part, ok) => expect(isStoredPart(part)).toBe(ok));

	it('names what could not be read back', () => {
		expect(unreadableMessage(['a.csv'])).toMatch(/^One import kept in this browser \(a\.csv\) could not be read back .* it is not shown\. The dashboard's own data is unchanged\. Import the file again/);
		expect(unreadableMessage(['a.csv', 'b.csv'])).toMatch(/^2 imports .*\(a\.csv, b\.csv\).* they are not shown/);
	});
});
