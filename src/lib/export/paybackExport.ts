import type { PaybackSeries } from '../charts/layoutPayback';
import type { PaybackAssumption } from '../model/paybackInputs';
import { NATIONAL_AREA, rowMaker, type ExportRow, type Provenance } from './exportColumns';

/**
 * The rows the payback chart draws: per career and year its cumulative earnings (statistic `cumulative_earnings_year_N`, unit `usd`);
 * a career without a pay figure gets one row saying why. Each row's note states the assumptions it was computed on.
 */
export function paybackExport(series: readonly PaybackSeries[], assumptions: readonly PaybackAssumption[], percentile: string, provenance: Provenance, chart: string): ExportRow[] {
	const make = rowMaker(provenance.sources, chart);
	const sourceId = provenance.sourceId ?? '';
	return series.flatMap((s) => {
		const a = assumptions.find((x) => x.soc === s.soc);
		const note =
			`Calculation, not a forecast: ${a?.input.trainingYears ?? 0} years in training at $${a?.input.tuitionPerYear ?? 0} tuition a year, then the ${percentile} annual wage every year; ` +
			'no raises, no taxes, no inflation.' +
			(s.reference ? ' Reference career.' : '') +
			(s.overtakesIn !== null ? ` Ahead of the reference from year ${s.overtakesIn}.` : '');
		const base = { soc: s.soc, occupation: s.label, statistic: 'cumulative_earnings', unit: 'usd', note };
		if (s.missing) return [make(sourceId, NATIONAL_AREA, { ...base, value: '', status: s.missing })];
		return s.cumulative.map((v, k) => make(sourceId, NATIONAL_AREA, { ...base, statistic: `cumulative_earnings_year_${k + 1}`, value: String(v) }));
	});
}
