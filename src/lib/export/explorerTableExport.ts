import type { Figure, PayBasis } from '../data/schema';
import type { ExplorerColumn } from '../model/explorerColumns';
import type { ExplorerRow } from '../model/explorerRows';
import { figureCells, NATIONAL_AREA, PROJECTIONS_AREA, rowMaker, type ExportRow, type ExportSource } from './exportColumns';
import type { TableExport } from './tableCsv';

/** A cell as exported: the number as published, the text, or (for a figure with none) why there is no number. */
export const exportCell = (v: Figure | string): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v.missing);

const EP_SOURCE = 'ep-2024-34';

/**
 * The explorer's table as a CSV table: one row per occupation in the shown order, SOC and title, then the chosen
 * columns in the shown order, then the OEWS source id, release and wage unit and, when a projections column is
 * shown, the projections source id and release.
 */
export function explorerTableExport(rows: readonly ExplorerRow[], columns: readonly ExplorerColumn[], basis: PayBasis, sources: readonly ExportSource[]): TableExport {
	const release = (id: string) => sources.find((s) => s.id === id)?.release ?? '';
	const withEp = columns.some((c) => c.from === 'ep');
	const unitNote = (c: ExplorerColumn) => `${c.note} Unit: ${c.unit(basis)}. A cell without a number says why (topCoded, notAvailable, notReleased, notInRelease).`;
	return {
		columns: [
			{ name: 'soc', description: 'SOC occupation code, as text.' },
			{ name: 'occupation', description: 'BLS title in the release.' },
			...columns.map((c) => ({ name: c.id, description: c.kind === 'text' ? c.note : unitNote(c) })),
			{ name: 'source_id', description: 'OEWS source of the employment and wage columns.' },
			{ name: 'release', description: 'OEWS release label.' },
			{ name: 'wage_unit', description: 'Unit of the wage columns: usd_per_year or usd_per_hour.' },
			...(withEp
				? [
						{ name: 'projections_source_id', description: 'Employment Projections source of the growth, openings and training columns (empty when the code is not projected).' },
						{ name: 'projections_release', description: 'Employment Projections period.' }
					]
				: [])
		],
		rows: rows.map((r) => [
			r.soc,
			r.title,
			...columns.map((c) => exportCell(c.value(r, basis))),
			r.wage.sourceId,
			release(r.wage.sourceId),
			basis === 'hourly' ? 'usd_per_hour' : 'usd_per_year',
			...(withEp ? [r.projection?.sourceId ?? '', r.projection ? release(r.projection.sourceId) : ''] : [])
		]),
		sourceIds: [...new Set(rows.flatMap((r) => [r.wage.sourceId, ...(withEp && r.projection ? [r.projection.sourceId] : [])]))]
	};
}

/** The same figures in the project's long format: one row per occupation and shown column (the group column is this project's, so it is left out). */
export function explorerLongExport(rows: readonly ExplorerRow[], columns: readonly ExplorerColumn[], basis: PayBasis, sources: readonly ExportSource[], chart: string): ExportRow[] {
	const make = rowMaker(sources, chart);
	const shown = columns.filter((c) => c.from !== 'project');
	return rows.flatMap((r) =>
		shown.map((c) => {
			const v = c.value(r, basis);
			const cells = typeof v === 'string' ? { value: v, status: '' } : figureCells(v);
			const ep = c.from === 'ep';
			return make(ep ? (r.projection?.sourceId ?? EP_SOURCE) : r.wage.sourceId, ep ? PROJECTIONS_AREA : NATIONAL_AREA, {
				soc: r.soc,
				occupation: r.title,
				level: ep ? '' : r.wage.level,
				statistic: c.id === 'openings' ? 'openings_per_year' : c.id === 'change' ? 'employment_change' : c.id === 'education' ? 'typical_entry_education' : c.id,
				unit: c.unit(basis),
				...cells
			});
		})
	);
}
