import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartCsv, FORMULA_LIKE } from '../../../src/lib/export/chartCsv';
import { EXPORT_COLUMNS, type ExportRow } from '../../../src/lib/export/exportColumns';

const row = (over: Partial<ExportRow> = {}): ExportRow => ({
	...(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, ''])) as ExportRow),
	source_id: 'oews-national-2025',
	area_code: '99',
	naics: '000000',
	own_code: '1235',
	soc: '29-2072',
	occupation: 'Medical Records Specialists',
	statistic: 'median',
	unit: 'usd_per_year',
	value: '51140',
	...over
});
const parse = (text: string) => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe('chartCsv (the function the Download menu calls)', () => {
	it('starts with a UTF-8 byte-order mark by default, and without one when asked', () => {
		expect(chartCsv([row()]).startsWith('\uFEFFsource_id,release,')).toBe(true);
		expect(chartCsv([row()], { bom: false }).startsWith('source_id,release,')).toBe(true);
		expect(new TextEncoder().encode(chartCsv([row()])).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});

	it('writes a header with every export column, LF line ends and one line per row', () => {
		const text = chartCsv([row(), row({ soc: '29-2033' })], { bom: false });
		expect(text.split('\n')[0]).toBe(EXPORT_COLUMNS.join(','));
		expect(text).not.toContain('\r');
		expect(text.trimEnd().split('\n')).toHaveLength(3);
	});

	it.each([
		['=SUM(A1:A9)', "'=SUM(A1:A9)"],
		['+1+1', "'+1+1"],
		['-2+3', "'-2+3"],
		['@cmd', "'@cmd"],
		['\t=1', "'\t=1"],
		['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")']
	])('escapes the formula-like label %j with a leading apostrophe', (label, escaped) => {
		const text = chartCsv([row({ occupation: label })], { bom: false });
		expect(parse(text)[0].occupation).toBe(escaped);
	});

	it.each(['-5.4', '+7', '0', '51140', '24.59', '-0.5', '1e-7'])('leaves the plain number %s alone', (value) => {
		expect(FORMULA_LIKE.test(value)).toBe(false);
		expect(parse(chartCsv([row({ value })], { bom: false }))[0].value).toBe(value);
	});

	it.each([
		['soc', '29-2072'],
		['naics', '000000'],
		['area_code', '01'],
		['own_code', '1235'],
		['naics', '31-33']
	] as const)('keeps the code %s = %s as text, exactly', (column, code) => {
		const text = chartCsv([row({ [column]: code })], { bom: false });
		const line = text.split('\n')[1].split(',');
		expect(line[EXPORT_COLUMNS.indexOf(column)]).toBe(code);
		expect(parse(text)[0][column]).toBe(code);
	});

	it('quotes cells with commas and quotes so they survive', () => {
		const occupation = 'Technologists, "other"';
		expect(parse(chartCsv([row({ occupation })]))[0].occupation).toBe(occupation);
	});
});
