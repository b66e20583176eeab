import type { PayBasis } from '../data/schema';
import { UNITS } from '../data/tidyWages';
import type { PayRangeRow } from '../charts/layoutPayRange';
import { figureCells, NATIONAL_AREA, rowMaker, type ExportRow, type Provenance } from './exportColumns';

/** The statistics a pay-range chart draws, in the order of its table twin. */
export const PAY_RANGE_STATS = ['p10', 'p25', 'median', 'p75', 'p90'] as const;

/**
 * The long rows behind a pay-range chart: five wage statistics per career, in the chart's order and unit,
 * national cross-industry, each naming the OEWS source. Top-coded and unpublished figures keep their status.
 */
export function payRangeExport(rows: readonly PayRangeRow[], basis: PayBasis, provenance: Provenance, chart: string): ExportRow[] {
	const make = rowMaker(provenance.sources, chart);
	const sourceId = provenance.sourceId ?? '';
	return rows.flatMap((r) =>
		PAY_RANGE_STATS.map((statistic) => make(sourceId, NATIONAL_AREA, { soc: r.soc, occupation: r.label, statistic, unit: UNITS[basis], ...figureCells(r[statistic]) }))
	);
}
