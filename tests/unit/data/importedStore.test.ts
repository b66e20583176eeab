import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { joinImport, packPart, rowsOfPart, splitImport } from '../../../src/lib/data/importedStore';
import { importOews } from '../../../src/lib/data/oews';
import { importProjections } from '../../../src/lib/data/projections';
import type { ImportedData } from '../../../src/lib/data/importedSchema';

// IndexedDB itself is covered in tests/e2e/import.spec.ts (persist across reload, Remove); here the pure parts.
const entry = (wages: number, projections: number): ImportedData => ({
	id: 'import-x',
	fileName: 'f.csv',
	label: 'f.csv — your file',
	format: 'oews',
	importedAt: '2025-01-01T00:00:00.000Z',
	read: wages,
	accepted: wages,
	rejected: 0,
	problemTotal: 0,
	sources: [],
	shown: { national: wages, industries: 0, states: 0, other: 0, projections },
	wages: Array.from({ length: wages }, (_, i) => ({ soc: String(i) }) as never),
	projections: Array.from({ length: projections }, (_, i) => ({ soc: `p${i}` }) as never)
});

describe('splitImport / joinImport', () => {
	it.each([
		[0, 0],
		[1, 0],
		[2000, 0],
		[4001, 3],
		[0, 2500]
	])('%i wages and %i projections round-trip in parts of at most 2000 rows', (w, p) => {
		const { meta, parts } = splitImport(entry(w, p));
		expect(meta).not.toHaveProperty('wages');
		for (const part of parts) expect(part.wages.length + part.projections.length).toBeLessThanOrEqual(2000);
		expect(new Set(parts.map((x) => x.part)).size).toBe(parts.length);
		expect(joinImport(meta, [...parts].reverse())).toEqual(entry(w, p));
	});
});

describe('parts by kind', () => {
	it('keeps national, industry, state and other rows in parts of their own, so a page reads only what it shows', () => {
		const row = (areaType: string, areaCode: string, naics: string) => ({ areaType, areaCode, naics }) as never;
		const e = { ...entry(0, 1), wages: [row('metro', '10180', '000000'), row('national', '99', '000000'), row('state', '01', '000000'), row('national', '99', '62')] };
		const { meta, parts } = splitImport(e);
		expect(parts.map((p) => [p.part, p.wages.length, p.projections.length]).sort((a, b) => a[0] - b[0])).toEqual([
			[0, 1, 0],
			[1_000_000, 1, 0],
			[2_000_000, 1, 0],
			[3_000_000, 1, 0],
			[4_000_000, 0, 1]
		]);
		const shown = joinImport(meta, parts.filter((p) => p.part < 3_000_000 || p.part >= 4_000_000));
		expect(shown.wages.map((r) => r.areaType)).toEqual(['national', 'national', 'state']);
		expect(shown.projections).toHaveLength(1);
	});
});

describe('parts as kept: packed by column, read back whole; parts kept by the version before still read', () => {
	const text = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
	const real: ImportedData = {
		...entry(0, 0),
		wages: importOews(text('oews/national_M2024_slice.csv'), 'national_M2024_slice.csv', { sourceId: 'import-x' }).rows,
		projections: importProjections(text('projections/table-1-2_slice.csv'), 'table-1-2_slice.csv', { sourceId: 'import-x' }).rows
	};

	it('an import split, packed, cloned as IndexedDB does and read back equals the import', () => {
		const { meta, parts } = splitImport(real, 7);
		expect(parts.length).toBeGreaterThan(2);
		const read = parts.map((p) => rowsOfPart(structuredClone(packPart(p))));
		expect(read.every(Boolean)).toBe(true);
		expect(joinImport(meta, read.map((p) => p!))).toEqual(real);
	});

	it('a part kept as rows (by the version before) reads as it is', () => {
		const [part] = splitImport(real).parts;
		expect(rowsOfPart(structuredClone(part))).toEqual(part);
	});

	it.each([
		['nothing', undefined],
		['no id', { ...packPart(splitImport(real).parts[0]), id: 7 }],
		['packed wages cut short', { ...packPart(splitImport(real).parts[0]), wages: { count: 3, text: {}, numbers: {}, figures: {} } }]
	])('a damaged part (%s) reads as nothing', (_why, stored) => expect(rowsOfPart(stored)).toBeNull());
});
