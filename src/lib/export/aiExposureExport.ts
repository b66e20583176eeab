import type { AiExposureRow, Measure } from '../model/aiExposureRows';
import { PROJECTIONS_AREA, rowMaker, type ExportRow, type ExportSource } from './exportColumns';

/** Statistic names of AI exposure exports, with the row field and source each comes from. */
const STATS = [
	['gpt4_beta', 'gpt4', 'eloundou-2024'],
	['human_beta', 'human', 'eloundou-2024'],
	['ai_applicability_score', 'microsoft', 'tomlinson-2025']
] as const;

/**
 * The long rows behind the AI exposure chart: per occupation and measure, the value (unit `share` or `score`)
 * and its percentile among the source file (unit `percentile`); a measure the source lacks is `notAvailable`.
 */
export function aiExposureExport(rows: readonly AiExposureRow[], sources: readonly ExportSource[], chart: string): ExportRow[] {
	const make = rowMaker(sources, chart);
	return rows.flatMap((r) =>
		STATS.flatMap(([statistic, key, sourceId]) => {
			const m: Measure | null = r[key];
			const note = `${r.onetSoc ? `O*NET-SOC ${r.onetSoc}. ` : ''}Task exposure, not a forecast of job loss.`;
			const cell = (v: number | undefined) => (v === undefined ? { value: '', status: 'notAvailable' } : { value: String(v), status: '' });
			return [
				make(sourceId, PROJECTIONS_AREA, { soc: r.soc, occupation: r.label, statistic, unit: key === 'microsoft' ? 'score' : 'share', ...cell(m?.value), note }),
				make(sourceId, PROJECTIONS_AREA, { soc: r.soc, occupation: r.label, statistic: `${statistic}_percentile`, unit: 'percentile', ...cell(m?.percentile), note: `${note} Percentile among every occupation in the source file.` })
			];
		})
	);
}
