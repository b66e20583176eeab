import type { OutlookRow } from '../charts/layoutOutlook';
import { MISSING_LABELS } from '../format';
import { figureCells, PROJECTIONS_AREA, rowMaker, type ExportRow, type Provenance } from './exportColumns';

/** Statistic names and units of outlook exports (Employment Projections figures, as published). */
export const OUTLOOK_STATS = [
	['employment_base', 'thousands', 'employmentBase'],
	['employment_target', 'thousands', 'employmentTarget'],
	['employment_change', 'thousands', 'change'],
	['percent_change', 'percent', 'percentChange'],
	['openings_per_year', 'thousands', 'openingsPerYear']
] as const;

/**
 * The long rows behind an outlook chart: per career, the published projection figures and its rate compared
 * with the all-occupations rate (`growth_outlook`, unit `text`), in the chart's order.
 */
export function outlookExport(rows: readonly OutlookRow[], provenance: Provenance, chart: string): ExportRow[] {
	const make = rowMaker(provenance.sources, chart);
	return rows.flatMap((r) => {
		const g = r.growth;
		const sourceId = g.sourceId || provenance.sourceId || '';
		const base = { soc: r.soc, occupation: r.label };
		const years = `base year ${g.baseYear}, target year ${g.targetYear}`;
		return [
			...OUTLOOK_STATS.map(([statistic, unit, key]) =>
				make(sourceId, PROJECTIONS_AREA, { ...base, statistic, unit, ...figureCells(g[key]), note: key.startsWith('employment') ? years : '' })
			),
			make(sourceId, PROJECTIONS_AREA, {
				...base,
				statistic: 'growth_outlook',
				unit: 'text',
				value: g.label ?? '',
				status: g.label ? '' : 'notAvailable',
				note: g.label ? 'The percent change compared with the all-occupations rate (00-0000) of the same projections' : MISSING_LABELS.notAvailable
			})
		];
	});
}
