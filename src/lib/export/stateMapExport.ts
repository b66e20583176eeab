import type { Career, PayBasis } from '../data/schema';
import { UNITS } from '../data/tidyWages';
import type { PriceAdjustedState } from '../model/priceAdjustedStates';
import type { Ranked, RankedState } from '../model/rankStates';
import { RPP_YEAR, STATE_STATISTICS } from '../model/stateStatistic';
import { NATIONAL_AREA, figureCells, rowMaker, type ExportRow, type Provenance } from './exportColumns';

/** What every state row says about its figure: the state file publishes means, not medians. */
export const STATE_MEAN_NOTE = 'Mean wage (average), not a median: the OEWS state file has means only';

/** Source id of the BEA Regional Price Parities (data/sources.csv). */
export const RPP_SOURCE_ID = `bea-rpp-${RPP_YEAR}`;
/** Statistic and unit of the parity rows of a price-adjusted export. */
export const RPP_STATISTIC = `rpp_all_items_${RPP_YEAR}`;
export const RPP_UNIT = 'index_us_100';

/** Area columns of a state row: the state file is cross-industry and names no ownership code. */
const stateArea = (r: RankedState) => ({ area_code: r.fips, area: r.name, area_type: 'state', naics: NATIONAL_AREA.naics, industry: NATIONAL_AREA.industry, own_code: '' });

type Make = ReturnType<typeof rowMaker>;

/** One area's published mean, its note saying it is a mean, then `extra` (its rank, when ranked by the mean). */
function meanRow(make: Make, r: RankedState, career: Pick<Career, 'soc' | 'title'>, basis: PayBasis, provenance: Provenance, extra: string[]): ExportRow {
	const note = [STATE_MEAN_NOTE, ...extra, ...(r.territory ? ['territory, not on the map'] : [])].join('; ');
	return make(r.sourceId || provenance.sourceId || '', stateArea(r), { soc: career.soc, occupation: career.title, statistic: 'mean', unit: UNITS[basis], ...figureCells(r.mean), note });
}

/**
 * The long rows behind a state map's table: one `mean` per area, in the table's order, with its FIPS code
 * and rank (or why it has none) in `note`. An area without a row keeps its status and the page's state source.
 */
export function stateMapExport(ranked: readonly RankedState[], career: Pick<Career, 'soc' | 'title'>, basis: PayBasis, provenance: Provenance, chart: string): ExportRow[] {
	const make = rowMaker(provenance.sources, chart);
	const published = ranked.filter((r) => r.rank !== null).length;
	return ranked.map((r) => meanRow(make, r, career, basis, provenance, [r.rank === null ? 'not ranked' : `rank ${r.rank} of ${published} by mean`]));
}

/**
 * The long rows behind the price-adjusted state map, in the table's order: per area the mean divided by the
 * BEA price parity (`mean_divided_by_rpp_2023`, ranked, with how it was derived or why it is missing), then the
 * published mean and the parity itself, so each derived figure sits beside what it came from.
 */
export function priceAdjustedStateExport(
	ranked: readonly Ranked<PriceAdjustedState>[],
	career: Pick<Career, 'soc' | 'title'>,
	basis: PayBasis,
	provenance: Provenance,
	chart: string
): ExportRow[] {
	const stat = STATE_STATISTICS.rpp;
	const make = rowMaker(provenance.sources, chart);
	const published = ranked.filter((r) => r.rank !== null).length;
	const sourceText = (id: string) => provenance.sources.find((s) => s.id === id);
	return ranked.flatMap((r) => {
		const oews = r.sourceId || provenance.sourceId || '';
		const how = r.why || `${r.mean} ÷ (${r.rpp} / 100): OEWS May 2023 state mean divided by the BEA price parity of ${RPP_YEAR}; a derived figure, not a BLS estimate`;
		const rank = r.rank === null ? 'not ranked' : `rank ${r.rank} of ${published} by ${stat.id}`;
		const both = [oews, RPP_SOURCE_ID].map(sourceText).filter((s) => s !== undefined);
		const adjusted = {
			...make(oews, stateArea(r), { soc: career.soc, occupation: career.title, statistic: stat.id, unit: UNITS[basis], ...figureCells(r.adjusted), note: [how, rank].join('; ') }),
			source: both.map((s) => `${s.publisher}, ${s.title}`).join('; ')
		};
		const parity = make(RPP_SOURCE_ID, stateArea(r), {
			soc: career.soc,
			occupation: career.title,
			statistic: RPP_STATISTIC,
			unit: RPP_UNIT,
			...(r.rpp === null ? { value: '', status: 'notAvailable' } : { value: String(r.rpp), status: '' }),
			note: r.rpp === null ? 'BEA publishes price parities for the 50 states and DC only' : 'BEA Regional Price Parity, all items, U.S. = 100'
		});
		return [adjusted, meanRow(make, r, career, basis, provenance, ['unadjusted, beside the figure above']), parity];
	});
}
