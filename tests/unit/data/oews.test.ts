import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOews, oewsImporter } from '../../../src/lib/data/oews';
import { readRows } from '../../../src/lib/data/readRows';
import { WAGE_STATS, type Figure, type ImportResult, type WageRecord } from '../../../src/lib/data/schema';

const bytesOf = (dir: 'oews' | 'bad', file: string) => readFileSync(new URL(`../../fixtures/${dir}/${file}`, import.meta.url));
/** What a browser's File.text() gives: UTF-8, a UTF-8 BOM dropped, bad bytes as U+FFFD. */
const asBrowser = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
/** Node's own decoding keeps the BOM as U+FEFF, so the importer must strip it itself. */
const asNode = (bytes: Buffer) => bytes.toString('utf8');

const TOP: Figure = { missing: 'topCoded' };
const NA: Figure = { missing: 'notAvailable' };
const NOT_RELEASED: Figure = { missing: 'notReleased' };
const NOT_IN_FILE: Figure = { missing: 'notInRelease' };

const isFigure = (f: Figure) => (typeof f === 'number' ? Number.isFinite(f) : typeof f.missing === 'string');
const figuresOf = (r: WageRecord) => [r.employment, r.employmentRse, r.meanRse, ...WAGE_STATS.flatMap((s) => [r.annual[s], r.hourly[s]])];

function expectCounted(result: ImportResult<WageRecord>) {
	expect(result.read).toBe(result.rows.length + result.rejected);
}

// ── Real slices: header and rows copied byte for byte from ../shared/data/raw ──────────────────────────────
// Lines taken (header is line 1):
//   national_M2024_dl__converted.csv 1,2,10,467,510,544,552,564,583,597,606
//   national_M2023_dl.csv            1,2,10,467,552,583,597,606 (BOM, CRLF, "185,690")
//   national_M2020_dl__converted.csv 1,2,10,84,440,479,513,520,554 (31 columns, no PCT_RPT)
//   state_M2023_dl_reduced-5col_semicolon.csv 1,2,6,60,327,988,2776,3146,5936,37164 and the last line (no newline)
//   natsector_M2024_dl__converted.csv 1,2117,2469,6432,6722,7014,7275,11980,12379,12387,12431,15800
//   nat4d_M2024_dl__extract_selected_healthcare_occupations.csv 1,4,16,28,35,38

const SLICES = [
	{ file: 'national_M2024_slice.csv', sourceId: 'oews-national-2024', rows: 10, bom: false, crlf: false },
	{ file: 'national_M2023_dl_slice.csv', sourceId: 'oews-national-2023', rows: 7, bom: true, crlf: true },
	{ file: 'national_M2020_slice.csv', sourceId: 'oews-national-2020', rows: 8, bom: false, crlf: false },
	{ file: 'state_M2023_reduced_semicolon_slice.csv', sourceId: 'oews-state-2023', rows: 10, bom: true, crlf: true },
	{ file: 'natsector_M2024_slice.csv', sourceId: 'oews-natsector-2024', rows: 11, bom: false, crlf: false },
	{ file: 'nat4d_M2024_slice.csv', sourceId: 'oews-nat4d-2024', rows: 5, bom: false, crlf: false }
] as const;
type SliceFile = (typeof SLICES)[number]['file'];

const imported = new Map<SliceFile, ImportResult<WageRecord>>(
	SLICES.map(({ file, sourceId }) => [file, importOews(asBrowser(bytesOf('oews', file)), file, { sourceId })])
);

describe('importOews on real slices', () => {
	it.each(SLICES)('$file: every row accepted, counted, typed', ({ file, sourceId, rows }) => {
		const result = imported.get(file)!;
		expect(result.problems).toEqual([]);
		expect(result.rejected).toBe(0);
		expect(result.read).toBe(rows);
		expect(result.rows).toHaveLength(rows);
		expectCounted(result);
		for (const r of result.rows) {
			expect(r.sourceId).toBe(sourceId);
			expect(r.soc).toMatch(/^\d{2}-\d{4}$/);
			expect(typeof r.naics).toBe('string');
			expect(typeof r.areaCode).toBe('string');
			expect(figuresOf(r).every(isFigure)).toBe(true);
		}
		// `#` is a floor, never a number: no top-code threshold may leak into a row.
		expect(JSON.stringify(result.rows)).not.toMatch(/\b(239200|208000)\b/);
	});

	it.each(SLICES.filter((s) => s.bom))('$file: a BOM read by Node (kept) or a browser (dropped) gives the same rows', ({ file, sourceId }) => {
		const bytes = bytesOf('oews', file);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(asNode(bytes).charCodeAt(0)).toBe(0xfeff);
		expect(importOews(asNode(bytes), file, { sourceId })).toEqual(imported.get(file));
	});

	it.each(SLICES)('$file keeps the quirks of the real file (BOM, CRLF)', ({ file, bom, crlf }) => {
		const text = asNode(bytesOf('oews', file));
		expect(text.startsWith('\uFEFF')).toBe(bom);
		expect(text.includes('\r\n')).toBe(crlf);
	});

	it('the fixtures keep the quoted thousands separators and the semicolons', () => {
		expect(asNode(bytesOf('oews', 'national_M2023_dl_slice.csv'))).toContain(',"185,690",');
		const state = asNode(bytesOf('oews', 'state_M2023_reduced_semicolon_slice.csv'));
		expect(state).toContain('Alabama;29-2072;Medical Records Specialists;20.66;42,970\r\n');
		expect(state.endsWith('27,710')).toBe(true); // the real file has no newline after its last row
	});

	it('the streaming importer fed by readRows gives what importOews gives', () => {
		const file = 'national_M2023_dl_slice.csv';
		const importer = oewsImporter(file, { sourceId: 'oews-national-2023' });
		readRows(asBrowser(bytesOf('oews', file)), file, (cells, line) => importer.row(cells, line));
		expect(importer.finish()).toEqual(imported.get(file));
	});
});

/** Finds the one row of a slice for a SOC code, optionally in an industry or area. */
function find(file: SliceFile, soc: string, where: { naics?: string; area?: string } = {}) {
	const hits = imported
		.get(file)!
		.rows.filter((r) => r.soc === soc && (where.naics === undefined || r.naics === where.naics) && (where.area === undefined || r.area === where.area));
	expect(hits, `${file} ${soc} ${JSON.stringify(where)}`).toHaveLength(1);
	return hits[0];
}

type Field = 'employment' | 'employmentRse' | `annual.${(typeof WAGE_STATS)[number]}` | `hourly.${(typeof WAGE_STATS)[number]}`;
const valueAt = (r: WageRecord, field: Field): Figure => {
	const [basis, stat] = field.split('.') as ['annual' | 'hourly', (typeof WAGE_STATS)[number]];
	return stat ? r[basis][stat] : r[field as 'employment' | 'employmentRse'];
};

const N24 = 'national_M2024_slice.csv';
const N23 = 'national_M2023_dl_slice.csv';
const N20 = 'national_M2020_slice.csv';
const ST = 'state_M2023_reduced_semicolon_slice.csv';
const SEC = 'natsector_M2024_slice.csv';
const IND = 'nat4d_M2024_slice.csv';

describe('published figures come out exactly', () => {
	it.each<[SliceFile, string, { naics?: string; area?: string }, Field, Figure]>([
		// May 2024 national, cross-industry
		[N24, '29-2072', {}, 'annual.median', 50250],
		[N24, '29-2072', {}, 'employment', 187910],
		[N24, '29-2072', {}, 'annual.p10', 35780],
		[N24, '29-2072', {}, 'annual.p90', 80950],
		[N24, '29-2072', {}, 'hourly.median', 24.16],
		[N24, '29-2036', {}, 'annual.median', 138110],
		[N24, '29-9021', {}, 'annual.median', 67310],
		[N24, '00-0000', {}, 'employment', 154187380],
		[N24, '29-1151', {}, 'annual.median', 223210],
		[N24, '29-1151', {}, 'annual.p75', TOP],
		[N24, '29-1151', {}, 'annual.p90', TOP],
		[N24, '29-1151', {}, 'hourly.p90', TOP],
		[N24, '29-1211', {}, 'annual.p25', 186680],
		[N24, '29-1211', {}, 'annual.median', TOP],
		[N24, '29-1211', {}, 'hourly.median', TOP],
		[N24, '29-1211', {}, 'annual.mean', 336640], // means are not top-coded
		[N24, '29-1229', {}, 'annual.median', TOP],
		[N24, '11-1031', {}, 'annual.median', 44810], // ANNUAL=TRUE
		[N24, '11-1031', {}, 'hourly.mean', NOT_RELEASED],
		[N24, '11-1031', {}, 'hourly.median', NOT_RELEASED],
		[N24, '27-2011', {}, 'hourly.median', 23.33], // HOURLY=TRUE
		[N24, '27-2011', {}, 'annual.median', NOT_RELEASED],
		// May 2023 national, Excel "CSV UTF-8" copy with "185,690" numbers
		[N23, '29-2072', {}, 'annual.median', 48780],
		[N23, '29-2072', {}, 'annual.p10', 35080],
		[N23, '29-2072', {}, 'annual.p90', 77810],
		[N23, '29-2072', {}, 'annual.mean', 53690],
		[N23, '29-2072', {}, 'employment', 185690],
		[N23, '29-2072', {}, 'hourly.mean', 25.81],
		[N23, '29-2036', {}, 'annual.median', 132880],
		[N23, '00-0000', {}, 'employment', 151853870],
		[N23, '29-1211', {}, 'annual.p25', 191980],
		[N23, '29-1211', {}, 'annual.median', TOP],
		[N23, '11-1031', {}, 'hourly.p90', NOT_RELEASED],
		[N23, '27-2011', {}, 'annual.mean', NOT_RELEASED],
		// May 2020 national: hybrid SOC, 31 columns, a `**` employment row, top-code then $208,000
		[N20, '29-2098', {}, 'employment', 318010],
		[N20, '29-2098', {}, 'annual.median', 44090],
		[N20, '13-1074', {}, 'employment', NA],
		[N20, '13-1074', {}, 'employmentRse', NA],
		[N20, '13-1074', {}, 'annual.median', 47780],
		[N20, '29-1211', {}, 'annual.p10', 136180],
		[N20, '29-1211', {}, 'annual.p25', TOP],
		[N20, '29-1211', {}, 'hourly.p25', TOP],
		[N20, '11-1031', {}, 'hourly.median', NOT_RELEASED],
		// May 2023 state file reduced to 5 columns: means only
		[ST, '29-2072', { area: 'Alabama' }, 'annual.mean', 42970],
		[ST, '29-2072', { area: 'Alabama' }, 'hourly.mean', 20.66],
		[ST, '29-2072', { area: 'Alabama' }, 'annual.median', NOT_IN_FILE],
		[ST, '29-2072', { area: 'Alabama' }, 'employment', NOT_IN_FILE],
		[ST, '29-2072', { area: 'California' }, 'annual.mean', 64070],
		[ST, '29-2072', { area: 'California' }, 'hourly.mean', 30.8],
		[ST, '29-2072', { area: 'District of Columbia' }, 'annual.mean', 70900],
		[ST, '29-2072', { area: 'Puerto Rico' }, 'annual.mean', 26120],
		[ST, '11-1031', { area: 'Alabama' }, 'hourly.mean', NA],
		[ST, '11-1031', { area: 'Alabama' }, 'annual.mean', 33690],
		[ST, '13-2052', { area: 'Alabama' }, 'annual.mean', NA],
		[ST, '29-1214', { area: 'Alaska' }, 'annual.mean', TOP],
		[ST, '29-1214', { area: 'Alaska' }, 'hourly.mean', TOP],
		[ST, '53-7065', { area: 'Virgin Islands' }, 'annual.mean', 27710],
		// May 2024 by NAICS sector
		[SEC, '29-2072', { naics: '52' }, 'annual.median', 63360],
		[SEC, '29-2072', { naics: '52' }, 'employment', 5790],
		[SEC, '29-2072', { naics: '53' }, 'employment', NA],
		[SEC, '29-2072', { naics: '53' }, 'employmentRse', NA],
		[SEC, '29-2072', { naics: '53' }, 'annual.median', 50890],
		[SEC, '29-2072', { naics: '62' }, 'annual.median', 48690],
		[SEC, '29-2072', { naics: '62' }, 'employment', 122640],
		[SEC, '29-2072', { naics: '31-33' }, 'annual.median', 50380],
		[SEC, '29-2072', { naics: '99' }, 'annual.median', 58890],
		[SEC, '29-1151', { naics: '62' }, 'annual.p90', TOP],
		[SEC, '29-1211', { naics: '62' }, 'annual.median', TOP],
		// May 2024 4-digit industries
		[IND, '29-2072', { naics: '524100' }, 'annual.median', 63790],
		[IND, '29-2072', { naics: '524100' }, 'employment', 4430],
		[IND, '29-2072', { naics: '622100' }, 'annual.median', 57270],
		[IND, '29-2072', { naics: '622100' }, 'employment', 48320],
		[IND, '29-2072', { naics: '621100' }, 'annual.median', 45620],
		[IND, '29-2072', { naics: '623100' }, 'annual.median', 45640],
		[IND, '43-3021', { naics: '623100' }, 'annual.median', 50720]
	])('%s %s %j %s = %j', (file, soc, where, field, expected) => {
		expect(valueAt(find(file, soc, where), field)).toEqual(expected);
	});

	it.each([N24, N23, N20, SEC] as const)('%s: every wage of an ANNUAL=TRUE / HOURLY=TRUE row is marked not released', (file) => {
		for (const r of imported.get(file)!.rows.filter((r) => ['11-1031', '27-2011'].includes(r.soc))) {
			const withheld = r.soc === '11-1031' ? r.hourly : r.annual;
			expect(Object.values(withheld)).toEqual(WAGE_STATS.map(() => NOT_RELEASED));
		}
	});

	it('May 2020 has the hybrid 29-2098 and none of the codes it merges', () => {
		const socs = imported.get(N20)!.rows.map((r) => r.soc);
		expect(socs).toContain('29-2098');
		for (const split of ['29-2072', '29-2036', '29-9021']) expect(socs).not.toContain(split);
		expect(imported.get(N24)!.rows.map((r) => r.soc)).not.toContain('29-2098');
	});

	it.each<[SliceFile, string, { naics?: string; area?: string }, Partial<WageRecord>]>([
		[N24, '00-0000', {}, { areaCode: '99', area: 'U.S.', areaType: 'national', naics: '000000', industry: 'Cross-industry', ownCode: '1235', level: 'total' }],
		[N24, '29-2072', {}, { title: 'Medical Records Specialists', level: 'detailed' }],
		[N24, '29-1229', {}, { title: 'Physicians, All Other' }],
		[N20, '29-2098', {}, { title: 'Medical Dosimetrists, Medical Records Specialists, and Health Technologists and Technicians, All Other' }],
		[ST, '29-2072', { area: 'Alabama' }, { areaCode: '01', areaType: 'state', naics: '000000', level: '' }],
		[ST, '29-2072', { area: 'California' }, { areaCode: '06', areaType: 'state' }],
		[ST, '29-2072', { area: 'District of Columbia' }, { areaCode: '11', areaType: 'state' }],
		[ST, '29-2072', { area: 'Puerto Rico' }, { areaCode: '72', areaType: 'territory' }],
		[ST, '53-7065', { area: 'Virgin Islands' }, { areaCode: '78', areaType: 'territory' }],
		[SEC, '29-2072', { naics: '31-33' }, { naics: '31-33', industry: 'Manufacturing', ownCode: '5' }],
		[SEC, '29-2072', { naics: '62' }, { industry: 'Health Care and Social Assistance', ownCode: '58' }],
		[IND, '29-2072', { naics: '524100' }, { industry: 'Insurance Carriers', ownCode: '5', areaCode: '99' }],
		[IND, '29-2072', { naics: '622100' }, { industry: 'General Medical and Surgical Hospitals', ownCode: '235' }]
	])('%s %s %j keeps codes and labels as text', (file, soc, where, expected) => {
		expect(find(file, soc, where)).toMatchObject(expected);
	});
});

// ── Bad files: each must be refused or reported where the problem is, with a reason a person can act on ────

interface BadCase {
	file: string;
	problems: { kind: string; line: number; column: string; value?: string }[];
	read: number;
	rejected: number;
	accepted: string[];
	/** Something the reason must say beyond the generic, e.g. the delimiter it saw. */
	says?: RegExp;
}

const BAD: BadCase[] = [
	{ file: 'empty.csv', problems: [{ kind: 'empty', line: 0, column: '' }], read: 0, rejected: 0, accepted: [] },
	{ file: 'header-only.csv', problems: [{ kind: 'empty', line: 0, column: '' }], read: 0, rejected: 0, accepted: [], says: /header but no data/ },
	{ file: 'missing-occ-code.csv', problems: [{ kind: 'missingColumn', line: 1, column: 'OCC_CODE' }], read: 3, rejected: 3, accepted: [] },
	{ file: 'bad-occ-code.csv', problems: [{ kind: 'badCode', line: 3, column: 'OCC_CODE', value: '292072' }], read: 3, rejected: 1, accepted: ['29-2036', '29-9021'] },
	{ file: 'non-numeric-wage.csv', problems: [{ kind: 'notNumber', line: 3, column: 'A_MEDIAN', value: '$50,250' }], read: 3, rejected: 1, accepted: ['29-2036', '29-9021'] },
	{ file: 'ragged-row.csv', problems: [{ kind: 'ragged', line: 3, column: '', value: '33 cells' }], read: 3, rejected: 1, accepted: ['29-2072', '29-9021'], says: /33 cells .* 32/ },
	{
		file: 'duplicate-disagree.csv',
		problems: [
			{ kind: 'duplicateRow', line: 3, column: 'A_MEDIAN', value: '29-2072: 50250' },
			{ kind: 'duplicateRow', line: 5, column: 'A_MEDIAN', value: '29-2072: 48780' }
		],
		read: 4,
		rejected: 2,
		accepted: ['29-2036', '29-9021'],
		says: /^Conflict: .*A_MEDIAN is 50250 on line 3 and 48780 on line 5\); neither row is used/
	},
	{ file: 'duplicate-identical.csv', problems: [{ kind: 'duplicateRow', line: 4, column: 'OCC_CODE', value: '29-2072' }], read: 3, rejected: 1, accepted: ['29-2072', '29-9021'], says: /repeats line 2/ },
	{ file: 'wrong-delimiter.csv', problems: [{ kind: 'delimiter', line: 1, column: 'OCC_CODE' }], read: 3, rejected: 3, accepted: [], says: /"\|"/ },
	{ file: 'unterminated-quote.csv', problems: [{ kind: 'quote', line: 3, column: '' }], read: 2, rejected: 1, accepted: ['29-2036'], says: /never closed/ },
	{ file: 'median-above-p90.csv', problems: [{ kind: 'absurd', line: 2, column: '', value: '29-2072' }], read: 2, rejected: 1, accepted: ['29-9021'], says: /out of order/ },
	{ file: 'negative-pay.csv', problems: [{ kind: 'absurd', line: 2, column: '', value: '29-2072' }], read: 2, rejected: 1, accepted: ['29-9021'], says: /zero or negative/ },
	{ file: 'duplicate-columns.csv', problems: [{ kind: 'duplicateColumn', line: 1, column: 'A_MEDIAN', value: 'columns 28 and 33' }], read: 3, rejected: 3, accepted: [] },
	{ file: 'utf16.csv', problems: [{ kind: 'encoding', line: 0, column: '' }], read: 0, rejected: 0, accepted: [], says: /UTF-16/ },
	{ file: 'not-a-csv.png.csv', problems: [{ kind: 'binary', line: 0, column: '' }], read: 0, rejected: 0, accepted: [], says: /not a text CSV/ }
];

/** A reason a person can act on names a step to take. */
const ACTION = /\b(check|correct|choose|save|use|rename|remove|keep|delete|export)\b/i;

const DECODERS: [string, (bytes: Buffer) => string][] = [
	['File.text() (UTF-8)', asBrowser],
	['latin1', (bytes) => bytes.toString('latin1')]
];

describe('importOews on bad files', () => {
	it.each(BAD.flatMap((c) => DECODERS.map(([how, decode]) => ({ ...c, how, decode }))))(
		'$file read as $how',
		({ file, problems, read, rejected, accepted, says, decode }) => {
			const result = importOews(decode(bytesOf('bad', file)), file, { sourceId: 'upload' });
			expect(result.problems.map(({ kind, line, column, value }) => ({ kind, line, column, value }))).toMatchObject(problems);
			expect(result.read).toBe(read);
			expect(result.rejected).toBe(rejected);
			expect(result.rows.map((r) => r.soc)).toEqual(accepted);
			expectCounted(result);
			for (const p of result.problems) {
				expect(p.file).toBe(file);
				expect(p.reason.length).toBeGreaterThan(20);
				expect(p.reason).toMatch(ACTION);
				if (says) expect(p.reason).toMatch(says);
			}
		}
	);

	it('the bad binary fixtures are what they claim to be', () => {
		expect([...bytesOf('bad', 'utf16.csv').subarray(0, 4)]).toEqual([0xff, 0xfe, 0x41, 0x00]);
		expect([...bytesOf('bad', 'not-a-csv.png.csv').subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(bytesOf('bad', 'empty.csv').length).toBe(0);
	});
});
