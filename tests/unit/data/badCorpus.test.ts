import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOews } from '../../../src/lib/data/oews';
import { importByteStream } from '../../../src/lib/data/streamImport';
import { problemsCsvText } from '../../../src/lib/data/summariseProblems';
import { textDecoding } from '../../../src/lib/data/textDecoding';

const DIR = new URL('../../fixtures/bad/', import.meta.url);
const bytesOf = (file: string) => readFileSync(new URL(file, DIR));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.csv'));

async function* pieces(bytes: Uint8Array, size: number) {
	for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}
const streamed = (file: string) => {
	const bytes = bytesOf(file);
	return importByteStream(pieces(bytes, 4096), file, { sourceId: 'import-bad', total: bytes.length, batchChars: 5000 });
};

describe('the bad corpus through the browser path (streamed, format detected)', () => {
	it.each(FILES)('%s: same problems as the OEWS importer on the whole text, rows read = accepted + rejected', async (file) => {
		const result = await streamed(file);
		// The whole text decoded as the browser path decodes it (UTF-16 by its BOM, Windows-1252 when not UTF-8).
		const decoding = textDecoding();
		const text = decoding.decode(bytesOf(file)) + decoding.end();
		const whole = importOews(text, file, { sourceId: 'import-bad' });
		expect(result.read).toBe(result.wages.length + result.rejected);
		expect(result.problems.length).toBeGreaterThan(0);
		// Files OEWS cannot read at all may be refused before the header (binary, empty) or as an unknown format.
		// Only the byte path can say how the bytes were decoded (a file-level encoding notice).
		const decodedNotice = (p: { kind: string; line: number }) => p.kind === 'encoding' && p.line === 0;
		if (result.format === 'oews') expect(result.problems.filter((p) => !decodedNotice(p))).toEqual(whole.problems);
		for (const p of result.problems) expect(p.reason).toMatch(/\b(check|correct|choose|save|use|rename|remove|keep|delete|export)\b/i);
	});
});

describe('a 100 KB cell', () => {
	it('is refused on its line with its size, the other rows are kept', async () => {
		const result = await streamed('huge-cell.csv');
		expect(result).toMatchObject({ format: 'oews', read: 3, rejected: 1 });
		expect(result.wages.map((r) => r.soc)).toEqual(['29-2036', '29-9021']);
		expect(result.problems).toMatchObject([{ kind: 'tooLarge', line: 3, column: 'OCC_TITLE' }]);
		expect(result.problems[0].reason).toMatch(/102,400 characters/);
		expect(result.problems[0].value.length).toBeLessThanOrEqual(61);
	});
});

describe('formula-like cells (= + - @)', () => {
	it('are text in text columns, never numbers, and escaped in the problems download', async () => {
		const result = await streamed('formula-cells.csv');
		expect(result).toMatchObject({ format: 'oews', read: 4, rejected: 2 });
		expect(result.wages.map((r) => [r.soc, r.title, r.industry])).toEqual([
			['29-2036', '=HYPERLINK("https://example.invalid","Medical Dosimetrists")', 'Cross-industry'],
			['29-9021', '@Health Information Technologists', '+Cross-industry']
		]);
		expect(result.problems.map(({ kind, line, column, value }) => ({ kind, line, column, value }))).toEqual([
			{ kind: 'notNumber', line: 3, column: 'A_MEDIAN', value: '=50250' },
			{ kind: 'notNumber', line: 5, column: 'H_MEDIAN', value: '-24.16+0' }
		]);
		const csv = problemsCsvText(result.problems);
		expect(csv).toContain(`"'=50250"`);
		expect(csv).toContain(`"'-24.16+0"`);
		expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
	});
});
