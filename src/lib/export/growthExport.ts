import type { GrowthPoint } from '../charts/layoutGrowthScatter';
import { figureCells, PROJECTIONS_AREA, rowMaker, type ExportRow, type Provenance } from './exportColumns';

/** The long rows behind the growth-versus-pay scatter: median wage, percent change and openings per occupation. */
export function growthExport(points: readonly GrowthPoint[], provenance: Provenance, chart: string): ExportRow[] {
	const make = rowMaker(provenance.sources, chart);
	const sourceId = provenance.sourceId ?? '';
	return points.flatMap((p) => {
		const base = { soc: p.soc, occupation: p.label };
		return [
			make(sourceId, PROJECTIONS_AREA, { ...base, statistic: 'median', unit: 'usd_per_year', ...figureCells(p.wage) }),
			make(sourceId, PROJECTIONS_AREA, { ...base, statistic: 'percent_change', unit: 'percent', ...figureCells(p.change) }),
			make(sourceId, PROJECTIONS_AREA, { ...base, statistic: 'openings_per_year', unit: 'thousands', ...figureCells(p.openings) })
		];
	});
}
