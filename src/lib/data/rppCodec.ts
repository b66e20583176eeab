import type { StatePriceParity } from './beaRpp';
import type { TidyCodec } from './tidyCodecs';

/** data/bea-rpp-2023.csv: BEA Regional Price Parities, all items, U.S. = 100, by state FIPS. */
export const rppCodec: TidyCodec<'fips' | 'state' | 'year' | 'rpp_all_items', StatePriceParity> = {
	columns: ['fips', 'state', 'year', 'rpp_all_items'],
	encode: (r) => ({ fips: r.fips, state: r.state, year: String(r.year), rpp_all_items: String(r.rpp) }),
	decode: (get, fail) => {
		const fips = get('fips').trim();
		if (!/^\d{2}$/.test(fips)) fail('fips', 'Expected a two-digit state FIPS code.', 'badCode');
		const rpp = Number(get('rpp_all_items'));
		if (!(rpp > 0)) fail('rpp_all_items', 'Expected a positive price parity.', 'notNumber');
		return { fips, state: get('state'), year: Number(get('year')), rpp };
	}
};
