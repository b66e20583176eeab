import type { TidyCodec } from './tidyCodecs';

/** The CPI-U annual average of one year (U.S. city average, all items, 1982–84 = 100; series CUUR0000SA0). */
export interface CpiYear {
	year: number;
	index: number;
}

/** data/cpi-u.csv, in the raw file's own columns (year, cpi_u_annual_avg). */
export const cpiCodec: TidyCodec<'year' | 'cpi_u_annual_avg', CpiYear> = {
	columns: ['year', 'cpi_u_annual_avg'],
	encode: (c) => ({ year: String(c.year), cpi_u_annual_avg: String(c.index) }),
	decode: (get, fail) => {
		const year = Number(get('year'));
		const index = Number(get('cpi_u_annual_avg'));
		if (!Number.isInteger(year) || year < 1913) fail('year', 'Expected a year.');
		if (!(index > 0)) fail('cpi_u_annual_avg', 'Expected a positive index.', 'notNumber');
		return { year, index };
	}
};
