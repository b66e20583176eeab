import { UNITS } from '../data/tidyWages';
import type { PayComparison } from '../model/compareToReference';
import type { Figure } from '../data/schema';
import { figureCells, NATIONAL_AREA, rowMaker, type ExportRow, type Provenance } from './exportColumns';

/** Rounds a computed figure: wage differences to the cent (hides float noise such as 4.489999…), ratios to 4 decimals. */
export const rounded = (f: Figure, places: number): Figure => (typeof f === 'number' ? Math.round(f * 10 ** places) / 10 ** places : f);

/**
 * The long rows behind the "median against a reference" table: per career its median, the difference
 * from the reference's median and their ratio (`median_ratio`, unit `ratio`), in the table's order.
 */
export function versusExport(rows: readonly PayComparison[], titleOf: (soc: string) => string, provenance: Provenance, chart: string): ExportRow[] {
	const make = rowMaker(provenance.sources, chart);
	return rows.flatMap((v) => {
		const base = { soc: v.soc, occupation: titleOf(v.soc) };
		const unit = UNITS[v.basis];
		const against = v.soc === v.referenceSoc ? 'reference career' : `against ${v.referenceSoc} ${titleOf(v.referenceSoc)}`;
		return [
			make(v.sourceId, NATIONAL_AREA, { ...base, statistic: v.stat, unit, ...figureCells(v.value) }),
			make(v.sourceId, NATIONAL_AREA, { ...base, statistic: `${v.stat}_difference`, unit, ...figureCells(rounded(v.difference, 2)), note: against }),
			make(v.sourceId, NATIONAL_AREA, { ...base, statistic: `${v.stat}_ratio`, unit: 'ratio', ...figureCells(rounded(v.ratio, 4)), note: against })
		];
	});
}
