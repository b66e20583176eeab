import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOews } from '../../../src/lib/data/oews';
import { isXlsx, readXlsxRows } from '../../../src/lib/data/readXlsx';
import { importByteStream } from '../../../src/lib/data/streamImport';

// Slices of the BLS workbooks in ../shared/data/raw, committed so the tests run on any clone: the first sheet
// cut to a few rows (renumbered from 1, everything else in the workbook as published), and the same lines of
// the CSV converted from the May 2024 workbook.
const FIXTURES = new URL('../../fixtures/oews/', import.meta.url);

describe('isXlsx', () => {
	it.each<[string, number[], boolean]>([
		['national_M2024_dl.xlsx', [0x50, 0x4b, 3, 4], true],
		['NATIONAL.XLSX', [0, 0, 0, 0], true],
		['data.csv', [0x50, 0x4b, 3, 4], false],
		['data.csv', [0x41, 0x2c, 0x42, 0x0a], false]
	])('%s %j → %s', (name, head, expected) => expect(isXlsx(name, new Uint8Array(head))).toBe(expected));
});

// BLS publishes OEWS as .xlsx; the raw folder has the workbook and a CSV converted from it (lines 1–10,
// 544 Nurse Anesthetists, 597 Medical Records Specialists and 606 Health Information Technologists of both).
describe('readXlsxRows on a slice of the BLS May 2024 national workbook', () => {
	it('imports the same rows as the CSV converted from it, in the sheet order, with the same line numbers', async () => {
		const bytes = readFileSync(new URL('national_M2024_dl_slice.xlsx', FIXTURES));
		const file = new Blob([bytes]);
		const fromXlsx = await importByteStream(readXlsxRows(file), 'national_M2024_dl.xlsx', { sourceId: 'x', total: bytes.length });
		const csv = readFileSync(new URL('national_M2024_dl_slice__converted.csv', FIXTURES), 'utf8');
		const fromCsv = importOews(csv, 'national_M2024_dl.xlsx', { sourceId: 'x' });
		expect(fromXlsx.problems).toEqual(fromCsv.problems);
		expect(fromXlsx.read).toBe(12);
		expect(fromCsv.read).toBe(12);
		expect(fromXlsx.wages.length).toBe(12);
		expect(fromXlsx.wages.map((r) => ({ ...r, sourceId: 'x' }))).toEqual(fromCsv.rows);
		// national_M2024_dl, OCC_CODE 29-2072: A_MEDIAN 50250, H_MEDIAN 24.16; 29-1151: A_PCT90 "#" (top-coded).
		const coders = fromXlsx.wages.find((r) => r.soc === '29-2072')!;
		expect(coders.annual.median).toBe(50250);
		expect(coders.hourly.median).toBe(24.16);
		expect(fromXlsx.wages.find((r) => r.soc === '29-1151')!.annual.p90).toEqual({ missing: 'topCoded' });
	});
});

// Excel leaves trailing empty cells out of a row; May 2019's blank annual/hourly columns must not make rows ragged.
// The slice keeps sheet rows 1–6, 513 (29-1151) and 554 (29-2098, the hybrid code for medical records in 2019).
describe('readXlsxRows on a slice of the BLS May 2019 national workbook (lower-case headers, blank last columns)', () => {
	it('pads each row to the header width, so every row imports', async () => {
		const bytes = readFileSync(new URL('national_M2019_dl_slice.xlsx', FIXTURES));
		const result = await importByteStream(readXlsxRows(new Blob([bytes])), 'national_M2019_dl.xlsx', { sourceId: 'x', total: bytes.length });
		expect(result.problems).toEqual([]);
		expect(result.read).toBe(7);
		// national_M2019_dl, occ_code 29-2098: a_median 42630, tot_emp 331790.
		const hybrid = result.wages.find((r) => r.soc === '29-2098')!;
		expect(hybrid.annual.median).toBe(42630);
		expect(hybrid.employment).toBe(331790);
		expect(result.wages.some((r) => r.soc === '29-2072')).toBe(false);
	});
});
