import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOews } from '../../../src/lib/data/oews';
import { isXlsx, readXlsxRows } from '../../../src/lib/data/readXlsx';
import { importByteStream } from '../../../src/lib/data/streamImport';

const RAW = new URL('../../../../shared/data/raw/', import.meta.url);
const have = existsSync(new URL('national_M2024_dl.xlsx', RAW));

describe('isXlsx', () => {
	it.each<[string, number[], boolean]>([
		['national_M2024_dl.xlsx', [0x50, 0x4b, 3, 4], true],
		['NATIONAL.XLSX', [0, 0, 0, 0], true],
		['data.csv', [0x50, 0x4b, 3, 4], false],
		['data.csv', [0x41, 0x2c, 0x42, 0x0a], false]
	])('%s %j → %s', (name, head, expected) => expect(isXlsx(name, new Uint8Array(head))).toBe(expected));
});

// BLS publishes OEWS as .xlsx; the repository's raw folder has the workbook and a CSV converted from it.
describe.skipIf(!have)('readXlsxRows on the BLS May 2024 national workbook', () => {
	it('imports the same rows as the CSV converted from it, in the sheet order, with the same line numbers', async () => {
		const bytes = readFileSync(new URL('national_M2024_dl.xlsx', RAW));
		const file = new Blob([bytes]);
		const fromXlsx = await importByteStream(readXlsxRows(file), 'national_M2024_dl.xlsx', { sourceId: 'x', total: bytes.length });
		const csv = readFileSync(new URL('national_M2024_dl__converted.csv', RAW), 'utf8');
		const fromCsv = importOews(csv, 'national_M2024_dl.xlsx', { sourceId: 'x' });
		expect(fromXlsx.problems).toEqual(fromCsv.problems);
		expect(fromXlsx.read).toBe(fromCsv.read);
		expect(fromXlsx.wages.length).toBe(1403);
		expect(fromXlsx.wages.map((r) => ({ ...r, sourceId: 'x' }))).toEqual(fromCsv.rows);
		const coders = fromXlsx.wages.find((r) => r.soc === '29-2072')!;
		expect(coders.annual.median).toBe(50250);
		expect(coders.hourly.median).toBe(24.16);
	});
});

const have2019 = existsSync(new URL('national_M2019_dl.xlsx', RAW));

// Excel leaves trailing empty cells out of a row; May 2019's blank annual/hourly columns must not make rows ragged.
describe.skipIf(!have2019)('readXlsxRows on the BLS May 2019 national workbook (lower-case headers, blank last columns)', () => {
	it('pads each row to the header width, so every row imports', async () => {
		const bytes = readFileSync(new URL('national_M2019_dl.xlsx', RAW));
		const result = await importByteStream(readXlsxRows(new Blob([bytes])), 'national_M2019_dl.xlsx', { sourceId: 'x', total: bytes.length });
		expect(result.problems).toEqual([]);
		expect(result.read).toBe(1329);
		const hybrid = result.wages.find((r) => r.soc === '29-2098')!;
		expect(hybrid.annual.median).toBe(42630);
		expect(hybrid.employment).toBe(331790);
		expect(result.wages.some((r) => r.soc === '29-2072')).toBe(false);
	});
});
