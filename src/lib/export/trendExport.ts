import type { PayBasis } from '../data/schema';
import { UNITS } from '../data/tidyWages';
import type { TrendSeries } from '../charts/layoutTrend';
import type { TrendStat } from '../model/trendAcrossReleases';
import { figureCells, NATIONAL_AREA, rowMaker, type ExportRow, type Provenance } from './exportColumns';

/**
 * The long rows behind a trend chart: one per career and release, as drawn. A gap (the code is not in a
 * release) is a row with status `notInRelease` and the reason in `note`, never a made-up value.
 */
export function trendExport(series: readonly TrendSeries[], stat: TrendStat, basis: PayBasis, provenance: Provenance, chart: string): ExportRow[] {
	const make = rowMaker(provenance.sources, chart);
	const unit = stat === 'employment' ? UNITS.people : UNITS[basis];
	return series.flatMap((s) =>
		s.points.map((p) =>
			make(p.sourceId, NATIONAL_AREA, { soc: s.soc, occupation: s.label, statistic: stat, unit, release: p.release, note: p.note, ...figureCells(p.value) })
		)
	);
}
