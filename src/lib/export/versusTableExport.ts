import type { PayComparison } from '../model/compareToReference';
import type { ExportSource } from './exportColumns';
import { exportCell } from './explorerTableExport';
import type { TableExport } from './tableCsv';
import { rounded } from './versusExport';

/**
 * The "median against a reference" table in its own shape: one row per career in the table's order, its median,
 * the difference from the reference's median (to the cent) and their ratio (4 decimals), with source, release and unit.
 */
export function versusTableExport(rows: readonly PayComparison[], titleOf: (soc: string) => string, sources: readonly ExportSource[]): TableExport {
	const release = (id: string) => sources.find((s) => s.id === id)?.release ?? '';
	const stat = rows[0]?.stat ?? 'median';
	return {
		columns: [
			{ name: 'soc', description: 'SOC occupation code, as text.' },
			{ name: 'occupation', description: 'Occupation title.' },
			{ name: stat, description: `The OEWS ${stat} wage, in wage_unit; a cell without a number says why (topCoded, notAvailable, …).` },
			{ name: `${stat}_difference`, description: `${stat} minus the reference career's, in wage_unit, rounded to the cent.` },
			{ name: `${stat}_ratio`, description: `${stat} divided by the reference career's, 4 decimals.` },
			{ name: 'reference_soc', description: 'The career the others are compared against.' },
			{ name: 'source_id', description: 'OEWS source of the figures.' },
			{ name: 'release', description: 'OEWS release label.' },
			{ name: 'wage_unit', description: 'usd_per_year or usd_per_hour.' }
		],
		rows: rows.map((v) => [
			v.soc,
			titleOf(v.soc),
			exportCell(v.value),
			exportCell(rounded(v.difference, 2)),
			exportCell(rounded(v.ratio, 4)),
			v.referenceSoc,
			v.sourceId,
			release(v.sourceId),
			v.basis === 'hourly' ? 'usd_per_hour' : 'usd_per_year'
		]),
		sourceIds: [...new Set(rows.map((v) => v.sourceId))]
	};
}
