import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importByteStream } from '../../../src/lib/data/streamImport';

// Files as people bring them: each through the browser's import path (bytes in pieces, format detected).
const bytesOf = (file: string) => readFileSync(new URL(`../../fixtures/${file === 'footnotes.csv' ? 'quirks' : 'bad'}/${file}`, import.meta.url));
async function* pieces(bytes: Uint8Array, size: number) {
	for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}
const streamed = (file: string, size = 61) => {
	const bytes = bytesOf(file);
	return importByteStream(pieces(bytes, size), file, { sourceId: 'import-quirk', total: bytes.length, batchChars: 200 });
};
const brief = (r: Awaited<ReturnType<typeof streamed>>) => r.problems.map(({ kind, line, column, value }) => ({ kind, line, column, value }));

describe('encodings', () => {
	it('a Windows-1252 file is read as Windows-1252 and the report says so', async () => {
		const r = await streamed('windows-1252.csv');
		expect(r).toMatchObject({ format: 'oews', read: 3, rejected: 0 });
		expect(r.wages.map((w) => w.title)).toEqual(['Medical Dosimetrists – Dosimétristes', 'Medical Records Specialists', 'Health Information Technologists – Registrars, Médical']);
		expect(brief(r)).toEqual([{ kind: 'encoding', line: 0, column: '', value: 'windows-1252' }]);
		expect(r.problems[0].reason).toMatch(/not valid UTF-8 \(from byte \d+\), so it was read as Windows-1252/);
		expect(JSON.stringify(r.wages)).not.toContain('\uFFFD');
	});

	it('every cut of the Windows-1252 file between pieces gives the same rows', async () => {
		const whole = await streamed('windows-1252.csv', 1 << 20);
		for (const size of [1, 2, 3, 7, 64]) expect((await streamed('windows-1252.csv', size)).wages).toEqual(whole.wages);
	});

	it('UTF-16 with a byte-order mark is decoded and read', async () => {
		const r = await streamed('utf16.csv');
		expect(r).toMatchObject({ format: 'oews', rejected: 0 });
		expect(r.read).toBeGreaterThan(0);
		expect(r.wages.map((w) => w.soc)).toContain('29-2072');
		expect(brief(r)).toEqual([{ kind: 'encoding', line: 0, column: '', value: 'utf-16le' }]);
		expect(r.problems[0].reason).toMatch(/UTF-16LE .*was read as such/);
	});

	it('UTF-16 big-endian with its BOM is decoded too', async () => {
		const le = bytesOf('utf16.csv');
		const be = Buffer.from(le);
		for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
		const r = await importByteStream(pieces(be, 33), 'be.csv', { sourceId: 'import-quirk', total: be.length });
		expect(r.wages.map((w) => w.soc)).toEqual((await streamed('utf16.csv')).wages.map((w) => w.soc));
	});

	it('a replacement character already in the text is kept only with a problem naming its line', async () => {
		const r = await streamed('replacement-character.csv');
		expect(r).toMatchObject({ format: 'oews', read: 3, rejected: 0 });
		expect(brief(r)).toEqual([{ kind: 'encoding', line: 3, column: '', value: 'Medical Records Specialists \uFFFD Coders' }]);
		expect(r.problems[0].reason).toMatch(/replacement character/);
	});
});

describe('files that are not text', () => {
	it('a PNG named .csv is refused as binary, whatever the decoding made of its first byte', async () => {
		const r = await streamed('not-a-csv.png.csv');
		expect(brief(r)).toEqual([{ kind: 'binary', line: 0, column: '', value: '' }]);
	});
});

describe('number formats', () => {
	it('a semicolon file with decimal commas and currency symbols is read, with one file-level message', async () => {
		const r = await streamed('decimal-comma-currency.csv');
		expect(r).toMatchObject({ format: 'oews', read: 3, rejected: 0 });
		expect(brief(r)).toEqual([{ kind: 'numberFormat', line: 0, column: '', value: '7,9, $141,420' }]);
		expect(r.problems[0].reason).toMatch(/decimal commas \(24,56\) and currency symbols \(\$48,780\)/);
		const coder = r.wages.find((w) => w.soc === '29-2072')!;
		// OEWS May 2024 national, 29-2072: H_MEDIAN 24.16, A_MEDIAN 50,250, MEAN_PRSE 0.6.
		expect([coder.hourly.median, coder.annual.median, coder.meanRse]).toEqual([24.16, 50250, 0.6]);
	});
});

describe('conflicts and notes', () => {
	it('two rows for one occupation, area and industry with different figures are a conflict, even when one is also broken', async () => {
		const r = await streamed('conflict-broken-row.csv');
		expect(r).toMatchObject({ format: 'oews', read: 4, rejected: 2 });
		expect(r.wages.map((w) => w.soc)).toEqual(['29-2036', '29-9021']);
		expect(brief(r)).toEqual([
			{ kind: 'notNumber', line: 2, column: 'A_PCT10', value: 'n.a.' },
			{ kind: 'duplicateRow', line: 2, column: 'A_PCT10', value: '29-2072: n.a.' },
			{ kind: 'duplicateRow', line: 4, column: 'A_PCT10', value: '29-2072: 35780' }
		]);
		expect(r.problems[2].reason).toMatch(/^Conflict: .*A_PCT10 is n\.a\. on line 2 and 35780 on line 4/);
	});

	it('BLS footnote lines at the end are notes: not read, not rejected', async () => {
		const r = await streamed('footnotes.csv');
		expect(r).toMatchObject({ format: 'oews', read: 3, rejected: 0, problems: [] });
	});
});
