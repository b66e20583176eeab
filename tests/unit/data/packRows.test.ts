import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOews } from '../../../src/lib/data/oews';
import { packProjections, packWages, unpackProjections, unpackWages, type PackedRows } from '../../../src/lib/data/packRows';
import { importProjections } from '../../../src/lib/data/projections';
import type { WageRecord } from '../../../src/lib/data/schema';

const text = (path: string) => new TextDecoder().decode(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));
// Real BLS slices (see tests/fixtures/README.md): national rows with `#`, `*` and `**`, state rows, industry rows, projections.
const WAGES = [
	...importOews(text('oews/national_M2024_slice.csv'), 'national_M2024_slice.csv', { sourceId: 'oews-national-2024' }).rows,
	...importOews(text('oews/state_M2023_reduced_semicolon_slice.csv'), 'state.csv', { sourceId: 'oews-state-2023' }).rows,
	...importOews(text('oews/natsector_M2024_slice.csv'), 'natsector.csv', { sourceId: 'oews-sector-2024' }).rows
];
const PROJECTIONS = importProjections(text('projections/table-1-2_slice.csv'), 'table-1-2_slice.csv', { sourceId: 'ep-2024-34' }).rows;

/** A copy of a packed value (as IndexedDB gives it back) with one change made to it. */
const damaged = (packed: PackedRows, change: (p: PackedRows) => void) => {
	const copy = structuredClone(packed);
	change(copy);
	return copy;
};

describe('packWages / unpackWages', () => {
	it('the slices hold rows of every kind the store keeps, with published figures and markers', () => {
		expect(WAGES.length).toBeGreaterThan(20);
		expect([...new Set(WAGES.map((r) => r.areaType))]).toEqual(expect.arrayContaining(['national', 'state', 'territory']));
		expect(WAGES.some((r) => r.naics !== '000000')).toBe(true);
		expect(WAGES.some((r) => typeof r.annual.p90 === 'object')).toBe(true);
	});

	it('gives back rows equal to those packed, after the structured clone IndexedDB makes', () => {
		expect(unpackWages(structuredClone(packWages(WAGES)))).toEqual(WAGES);
	});

	it('keeps every reason a figure has no number, and text as it was (accents, dashes, empty)', () => {
		const base = WAGES[0];
		const rows: WageRecord[] = (['topCoded', 'notAvailable', 'fewEstablishments', 'notInRelease', 'notReleased'] as const).map((reason, i) => ({
			...base,
			title: ['Médecin – “spécialiste”', '', 'Coders, Medical', ' spaced ', '\u00e9t\u00e9'][i],
			employment: { missing: reason },
			annual: { ...base.annual, median: { missing: reason }, p10: 0.5 }
		}));
		expect(unpackWages(packWages(rows))).toEqual(rows);
	});

	it('shares one frozen figure per reason, as the importers do', () => {
		const [row] = unpackWages(packWages([{ ...WAGES[0], employment: { missing: 'topCoded' } }]))!;
		expect(Object.isFrozen(row.employment)).toBe(true);
	});

	it('stores each distinct text once per part', () => {
		const packed = packWages(WAGES);
		expect(packed.text.sourceId.values.length).toBe(3);
		expect(packed.text.soc.index).toBeInstanceOf(Uint32Array);
		expect(packed.figures['annual.median'].numbers).toBeInstanceOf(Float64Array);
	});

	it('packs no rows as an empty value that unpacks to none', () => {
		expect(unpackWages(packWages([]))).toEqual([]);
	});

	const packed = packWages(WAGES.slice(0, 5));
	it.each([
		['not an object', null],
		['rows stored as objects by the version before', WAGES.slice(0, 5)],
		['a negative count', damaged(packed, (p) => (p.count = -1))],
		['a count that does not match the columns', damaged(packed, (p) => (p.count = 6))],
		['a text column missing', damaged(packed, (p) => delete (p.text as Record<string, unknown>).title)],
		['an index past the distinct values', damaged(packed, (p) => (p.text.soc.index[0] = 99))],
		['a figure column as a plain array', damaged(packed, (p) => ((p.figures.employment as unknown as { numbers: number[] }).numbers = [1, 2, 3, 4, 5]))],
		['an unknown reason code', damaged(packed, (p) => (p.figures['hourly.p90'].codes[0] = 9))],
		['a distinct value that is not text', damaged(packed, (p) => ((p.text.area.values as unknown[])[0] = 42))]
	])('a damaged value (%s) reads as nothing, so the import is named unreadable', (_why, value) => {
		expect(unpackWages(value)).toBeNull();
	});
});

describe('packProjections / unpackProjections', () => {
	it('gives back the projections packed, years and figures and training words', () => {
		expect(PROJECTIONS.length).toBeGreaterThan(5);
		expect(unpackProjections(structuredClone(packProjections(PROJECTIONS)))).toEqual(PROJECTIONS);
	});

	it('a year column missing reads as nothing', () => {
		expect(unpackProjections(damaged(packProjections(PROJECTIONS), (p) => delete (p.numbers as Record<string, unknown>).baseYear))).toBeNull();
	});

	it('wages do not read as projections', () => {
		expect(unpackProjections(packWages(WAGES))).toBeNull();
	});
});

describe('packWages refuses what it could not give back', () => {
	it('a figure with a reason this version does not know is an error, not another reason', () => {
		const row = { ...WAGES[0], employment: { missing: 'somethingElse' } } as unknown as WageRecord;
		expect(() => packWages([row])).toThrow(/no known reason \("somethingElse"\)/);
	});
});
