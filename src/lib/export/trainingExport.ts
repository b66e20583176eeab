import type { TrainingRow } from '../charts/layoutTraining';
import { yearsOfTraining } from '../model/yearsOfTraining';
import { figureCells, PROJECTIONS_AREA, rowMaker, type ExportRow, type Provenance } from './exportColumns';

/**
 * The long rows behind a training chart: per career its typical entry education (`text`), the approximate
 * years after high school the chart places it at, the median wage and the openings a year, as drawn.
 */
export function trainingExport(rows: readonly TrainingRow[], payRelease: string, provenance: Provenance, chart: string): ExportRow[] {
	const make = rowMaker(provenance.sources, chart);
	const sourceId = provenance.sourceId ?? '';
	return rows.flatMap((r) => {
		const base = { soc: r.soc, occupation: r.label };
		const years = yearsOfTraining(r.education);
		return [
			make(sourceId, PROJECTIONS_AREA, { ...base, statistic: 'typical_entry_education', unit: 'text', value: r.education, status: r.education ? '' : 'notAvailable' }),
			make(sourceId, PROJECTIONS_AREA, {
				...base,
				statistic: 'approx_years_of_training',
				unit: 'years',
				value: years === null ? '' : String(years),
				status: years === null ? 'notAvailable' : '',
				note: "This dashboard's approximation from the typical entry education, not a BLS figure"
			}),
			make(sourceId, PROJECTIONS_AREA, { ...base, statistic: 'median', unit: 'usd_per_year', ...figureCells(r.medianPay), note: `${payRelease} median as published in the projections table` }),
			make(sourceId, PROJECTIONS_AREA, { ...base, statistic: 'openings_per_year', unit: 'thousands', ...figureCells(r.openings) })
		];
	});
}
