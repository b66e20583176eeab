import type { PayBasis } from '../data/schema';
import { UNITS } from '../data/tidyWages';
import type { TrendSeries } from '../charts/layoutTrend';
import type { TrendStat } from '../model/trendAcrossReleases';
import { slug } from './fileStem';
import { figureCells, NATIONAL_AREA, rowMaker, type ExportRow, type Provenance } from './exportColumns';

/** A deflated wage is its own statistic: "median" in "in 2025 dollars (CPI-U)" → `median_in_2025_dollars_cpi_u`. */
export const trendStatistic = (stat: TrendStat, dollars?: string) => (dollars && stat !== 'employment' ? `${stat}_${slug(dollars).replaceAll('-', '_')}` : stat);

/**
 * The long rows behind a trend chart: one per career and release, as drawn. A gap (the code is not in a
 * release) is a row with status `notInRelease` and the reason in `note`, never a made-up value. Wages in
 * constant dollars (`dollars`, e.g. "in 2025 dollars (CPI-U)") carry a statistic of their own, so they are
 * never read back as the published figure.
 */
export function trendExport(series: readonly TrendSeries[], stat: TrendStat, basis: PayBasis, provenance: Provenance, chart: string, dollars?: string): ExportRow[] {
	const make = rowMaker(provenance.sources, chart);
	const unit = stat === 'employment' ? UNITS.people : UNITS[basis];
	const statistic = trendStatistic(stat, dollars);
	return series.flatMap((s) =>
		s.points.map((p) =>
			make(p.sourceId, NATIONAL_AREA, { soc: s.soc, occupation: s.label, statistic, unit, release: p.release, note: p.note, ...figureCells(p.value) })
		)
	);
}
