import { parseFigure } from './parseCell';
import type { ImportResult } from './schema';
import { importTable } from './tableImporter';

/** BEA Regional Price Parity (all items, U.S. = 100) of one state for one year. */
export interface StatePriceParity {
	/** Two-digit state FIPS code ("01"), a string always. */
	fips: string;
	state: string;
	year: number;
	/** All items, U.S. = 100. */
	rpp: number;
}

/** BEA writes GeoFIPS as ` "01000"` (a space, then a quoted code): the state code is its first two digits. */
const fipsOf = (cell: string) => /^\s*"?(\d{2})000"?\s*$/.exec(cell)?.[1] ?? null;

/**
 * The all-items parities (LineCode 1) of one year from BEA's SARPP CSV, states and DC only (the U.S. row,
 * 00000, is left out). BEA's one-cell footer lines (note, title, date) are not rows.
 */
export function beaRppRows(text: string, file: string, year: number): ImportResult<StatePriceParity> {
	const y = String(year);
	// BEA ends the table with one-cell quoted lines (note, title, date, publisher): they are not data rows.
	const body = text.replace(/(?:\r?\n"[^"\n]*"[ \t]*)+\s*$/, '\n');
	const read = importTable(body, file, { fips: ['GeoFIPS'], name: ['GeoName'], line: ['LineCode'], value: [y] }, ['fips', 'name', 'line', 'value'], (get, fail) => {
		const fips = fipsOf(get('fips'));
		if (fips === null) return fail('fips', 'Expected a BEA GeoFIPS code like "01000".', 'badCode');
		const rpp = parseFigure(get('value'));
		if (typeof rpp !== 'number') return fail('value', `Expected a price parity for ${y}.`, 'notNumber');
		return { fips, state: get('name').trim(), year, rpp, line: get('line').trim() };
	});
	return { ...read, rows: read.rows.filter((r) => r.line === '1' && r.fips !== '00').map(({ line: _, ...r }) => r) };
}
