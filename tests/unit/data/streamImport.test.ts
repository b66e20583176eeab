import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOews } from '../../../src/lib/data/oews';
import { importProjections } from '../../../src/lib/data/projections';
import { importByteStream, MAX_IMPORT_BYTES, sizeProblem } from '../../../src/lib/data/streamImport';
import { problemsCsvText, summariseProblems } from '../../../src/lib/data/summariseProblems';
import { importTidyWages } from '../../../src/lib/data/tidyWages';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));

/** Streams bytes in pieces of `size`, as File.stream() does (64 KB in Chrome; smaller here to cut rows and quotes). */
async function* pieces(bytes: Uint8Array, size: number) {
	for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

const stream = (bytes: Uint8Array, file: string, size = 97) =>
	importByteStream(pieces(bytes, size), file, { sourceId: 'import-test', total: bytes.length, batchChars: 300 });

describe('importByteStream', () => {
	it.each(readdirSync(new URL('../../fixtures/oews/', import.meta.url)).filter((f) => f.endsWith('.csv')))('%s streamed in pieces gives what importOews gives', async (file) => {
		const bytes = fixture(`oews/${file}`);
		const whole = importOews(new TextDecoder().decode(bytes), file, { sourceId: 'import-test' });
		const streamed = await stream(bytes, file);
		expect(streamed.format).toBe('oews');
		expect({ ...streamed, wages: streamed.wages.map((r) => ({ ...r, sourceId: 'import-test' })) }).toEqual({
			format: 'oews',
			wages: whole.rows,
			projections: [],
			problems: whole.problems,
			read: whole.read,
			rejected: whole.rejected
		});
		// Each kind of row becomes a source of its own: national cross-industry rows a release, industries, states and metros theirs.
		for (const r of streamed.wages)
			expect(r.sourceId).toBe(`import-test-${r.areaCode === '99' && r.naics === '000000' ? 'national' : r.areaType === 'national' ? 'industry' : r.areaType === 'state' || r.areaType === 'territory' ? 'state' : 'metro'}`);
	});

	it.each(['table-1-2_slice.csv', 'export_slice.csv', 'semicolon.csv'])('projections %s streamed gives what importProjections gives', async (file) => {
		const bytes = fixture(`projections/${file}`);
		const whole = importProjections(new TextDecoder().decode(bytes), file, { sourceId: 'import-test' });
		const streamed = await stream(bytes, file, 50);
		expect(streamed).toEqual({ format: 'projections', wages: [], projections: whole.rows, problems: whole.problems, read: whole.read, rejected: whole.rejected });
	});

	it("this dashboard's own files (and exports with extra columns) import as the tidy format", async () => {
		const text = readFileSync(new URL('../../../data/oews-national-2024.csv', import.meta.url), 'utf8');
		const lines = text.split('\n');
		const withExtra = [`${lines[0]},chart,note`, ...lines.slice(1, 200).map((l) => `${l},compare-pay,`)].join('\n') + '\n';
		const streamed = await stream(new TextEncoder().encode(withExtra), 'export.csv', 1000);
		const whole = importTidyWages(withExtra, 'export.csv');
		expect(streamed.format).toBe('tidyWages');
		expect(streamed.problems).toEqual([]);
		expect(streamed.read).toBe(199);
		expect(streamed.wages.map((r) => r.sourceId)).toContain('import-test~oews-national-2024');
		expect(streamed.wages.map((r) => ({ ...r, sourceId: '' }))).toEqual(whole.rows.map((r) => ({ ...r, sourceId: '' })));
	});

	it('an unknown header gets one problem listing the columns of every format, and its rows are counted as rejected', async () => {
		const result = await stream(new TextEncoder().encode('name,pay\nA,1\nB,2\n'), 'other.csv');
		expect(result).toMatchObject({ format: null, read: 2, rejected: 2 });
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatchObject({ kind: 'format', line: 1 });
		expect(result.problems[0].reason).toMatch(/OCC_CODE.*Occupation Code.*source_id/s);
	});

	it('a file over the limit (650 MB) is refused with its size and what to do; 600 MB is taken', () => {
		expect(MAX_IMPORT_BYTES).toBe(600_000_000);
		expect(sizeProblem(MAX_IMPORT_BYTES, 'x.csv')).toBeNull();
		const p = sizeProblem(650_000_000, 'all_data_M_2024.csv')!;
		expect(p).toMatchObject({ kind: 'tooLarge', line: 0, file: 'all_data_M_2024.csv' });
		expect(p.reason).toMatch(/650 MB.*600 MB/);
		expect(p.reason).toMatch(/Keep only/);
	});
});

describe('summariseProblems', () => {
	it('counts by kind, keeps examples, and escapes formula-like cells in the CSV', async () => {
		const text = problemsCsvText([{ kind: 'notNumber', file: 'f.csv', line: 3, column: 'A_MEDIAN', value: '=50250', reason: 'Expected a number.' }]);
		expect(text.startsWith('\uFEFFfile,line,column,kind,value,reason\n')).toBe(true);
		expect(text).toContain(',"\'=50250",');
		const summary = summariseProblems(Array.from({ length: 30 }, (_, i) => ({ kind: 'ragged' as const, file: 'f', line: i + 2, column: '', value: '', reason: 'r' })));
		expect(summary).toMatchObject({ problemCounts: { ragged: 30 }, problemTotal: 30 });
		expect(summary.problems).toHaveLength(20);
		expect((await summary.problemsCsv!.text()).split('\n')).toHaveLength(32);
	});
});
