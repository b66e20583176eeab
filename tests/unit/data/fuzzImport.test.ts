import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCertifications } from '../../../src/lib/data/certifications';
import { importOews } from '../../../src/lib/data/oews';
import { importProjections } from '../../../src/lib/data/projections';
import type { ImportResult, Problem } from '../../../src/lib/data/schema';
import { importByteStream } from '../../../src/lib/data/streamImport';
import { importSurveys } from '../../../src/lib/data/surveys';
import { textDecoding } from '../../../src/lib/data/textDecoding';
import { importTidyWages } from '../../../src/lib/data/tidyWages';

// Real slices (copied byte for byte from the BLS files, see tests/fixtures/*/README), mutated the ways files break.
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));
const tidySlice = readFileSync(new URL('../../../data/oews-national-2024.csv', import.meta.url), 'utf8').split('\n').slice(0, 12).join('\n') + '\n';
const SEEDS = {
	oews: ['oews/national_M2024_slice.csv', 'oews/national_M2023_dl_slice.csv', 'oews/state_M2023_reduced_semicolon_slice.csv', 'oews/natsector_M2024_slice.csv'].map(fixture),
	projections: ['projections/table-1-2_slice.csv', 'projections/export_slice.csv'].map(fixture),
	surveys: [fixture('surveys/salary_figures_slice.csv')],
	certifications: [fixture('certifications/certification_facts_slice.csv')],
	tidy: [new TextEncoder().encode(tidySlice)]
};

const BOM = [0xef, 0xbb, 0xbf];
const at = (bytes: Uint8Array, t: number) => Math.floor(t * (bytes.length + 1));
/** Positions of a byte, so a mutation can pick one of them. */
const positions = (bytes: Uint8Array, byte: number) => bytes.reduce<number[]>((out, b, i) => (b === byte ? (out.push(i), out) : out), []);
const splice = (bytes: Uint8Array, from: number, remove: number, insert: number[] | Uint8Array = []) =>
	Uint8Array.from([...bytes.subarray(0, from), ...insert, ...bytes.subarray(from + remove)]);

type Mutation = (bytes: Uint8Array) => Uint8Array;
const pick = (list: number[], t: number) => list[Math.min(list.length - 1, Math.floor(t * list.length))];
/** One way a file breaks, at a place chosen by t ∈ [0, 1). */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.tuple(fc.constantFrom(44, 59, 9, 34, 10, 13), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })).map(([byte, t]): Mutation => (b) => {
		const where = positions(b, byte);
		return where.length ? splice(b, pick(where, t), 1) : b; // a dropped delimiter, quote or line break
	}),
	fc.tuple(fc.constantFrom(44, 59, 34, 10), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })).map(([byte, t]): Mutation => (b) => {
		const where = positions(b, byte);
		return where.length ? splice(b, pick(where, t), 0, [byte]) : b; // doubled
	}),
	fc.tuple(fc.constantFrom<[number, number]>([44, 34], [34, 44], [44, 59], [59, 44], [44, 9]), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })).map(([[from, to], t]): Mutation => (b) => {
		const where = positions(b, from);
		return where.length ? splice(b, pick(where, t), 1, [to]) : b; // swapped
	}),
	fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map((t): Mutation => (b) => b.subarray(0, at(b, t))), // truncated at any byte
	fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map((t): Mutation => (b) => splice(b, at(b, t), 0, BOM)), // a stray BOM
	fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([t, junk]): Mutation => (b) => splice(b, at(b, t), 0, junk)), // random bytes
	fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer({ min: 1_000, max: 40_000 }), fc.boolean()).map(([t, size, quoted]): Mutation => (b) => {
		const cell = new TextEncoder().encode(`${quoted ? '"' : ''}${'x'.repeat(size)}${quoted ? '"' : ''}`);
		return splice(b, at(b, t), 0, cell); // a huge cell
	})
);
const mutated = (seeds: Uint8Array[]) =>
	fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([seed, ms]) => ms.reduce((b, m) => m(b), seed));

/** Lines in a text, counting every kind of line break (the most a reader could number). */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;
const decode = (bytes: Uint8Array) => {
	const d = textDecoding();
	return d.decode(bytes) + d.end();
};

/**
 * Rows read = accepted + rejected. Every importer keeps one record per accepted row, except the tidy
 * format, whose rows are one statistic each and are gathered into one record per estimate.
 */
function expectSound(result: Pick<ImportResult<unknown>, 'read' | 'rejected' | 'problems'>, records: number, text: string, gathered: boolean) {
	expect(result.rejected).toBeGreaterThanOrEqual(0);
	if (gathered) expect(records).toBeLessThanOrEqual(result.read - result.rejected);
	else expect(result.read).toBe(records + result.rejected);
	const lines = lineCount(text);
	for (const p of result.problems as Problem[]) {
		expect(Number.isInteger(p.line) && p.line >= 0 && p.line <= lines, `${p.kind} on line ${p.line} of ${lines}`).toBe(true);
		expect(p.reason.length).toBeGreaterThan(0);
	}
}

const RUNS = 2_000; // per importer: 6 × 2,000 = 12,000 cases
const TEXT_IMPORTERS: [string, Uint8Array[], (text: string) => ImportResult<unknown>][] = [
	['importOews', SEEDS.oews, (t) => importOews(t, 'f.csv', { sourceId: 'fuzz' })],
	['importProjections', SEEDS.projections, (t) => importProjections(t, 'f.csv', { sourceId: 'fuzz' })],
	['importSurveys', SEEDS.surveys, (t) => importSurveys(t, 'f.csv')],
	['importCertifications', SEEDS.certifications, (t) => importCertifications(t, 'f.csv')],
	['importTidyWages', SEEDS.tidy, (t) => importTidyWages(t, 'f.csv')]
];

describe('mutated BLS slices', () => {
	it.each(TEXT_IMPORTERS)('%s: no exception, read = accepted + rejected, every problem on a line of the file', (name, seeds, run) => {
		fc.assert(
			fc.property(mutated(seeds), (bytes) => {
				const text = decode(bytes);
				const result = run(text);
				expectSound(result, result.rows.length, text, name === 'importTidyWages');
			}),
			{ numRuns: RUNS, seed: 15 }
		);
	}, 120_000);

	it('the browser path (bytes in pieces, any format): the same guarantees', async () => {
		const all = Object.values(SEEDS).flat();
		await fc.assert(
			fc.asyncProperty(mutated(all), fc.integer({ min: 1, max: 700 }), async (bytes, size) => {
				async function* pieces() {
					for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
				}
				const result = await importByteStream(pieces(), 'f.csv', { sourceId: 'fuzz', total: bytes.length, batchChars: 256 });
				expectSound(result, result.wages.length + result.projections.length, decode(bytes), result.format === 'tidyWages');
			}),
			{ numRuns: RUNS, seed: 15 }
		);
	}, 120_000);
});
