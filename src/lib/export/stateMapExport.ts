import type { Career, PayBasis } from '../data/schema';
import { UNITS } from '../data/tidyWages';
import type { RankedState } from '../model/rankStates';
import { NATIONAL_AREA, figureCells, rowMaker, type ExportRow, type Provenance } from './exportColumns';

/** What every state row says about its figure: the state file publishes means, not medians. */
export const STATE_MEAN_NOTE = 'Mean wage (average), not a median: the OEWS state file has means only';

/** Area columns of a state row: the state file is cross-industry and names no ownership code. */
const stateArea = (r: RankedState) => ({ area_code: r.fips, area: r.name, area_type: 'state', naics: NATIONAL_AREA.naics, industry: NATIONAL_AREA.industry, own_code: '' });

/**
 * The long rows behind a state map's table: one `mean` per area, in the table's order, with its FIPS code
 * and rank (or why it has none) in `note`. An area without a row keeps its status and the page's state source.
 */
export function stateMapExport(ranked: readonly RankedState[], career: Pick<Career, 'soc' | 'title'>, basis: PayBasis, provenance: Provenance, chart: string): ExportRow[] {
	const make = rowMaker(provenance.sources, chart);
	const published = ranked.filter((r) => r.rank !== null).length;
	return ranked.map((r) => {
		const rank = r.rank === null ? 'not ranked' : `rank ${r.rank} of ${published} by mean`;
		const note = [STATE_MEAN_NOTE, rank, ...(r.territory ? ['territory, not on the map'] : [])].join('; ');
		return make(r.sourceId || provenance.sourceId || '', stateArea(r), {
			soc: career.soc,
			occupation: career.title,
			statistic: 'mean',
			unit: UNITS[basis],
			...figureCells(r.mean),
			note
		});
	});
}
