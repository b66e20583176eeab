import type { Career, PayBasis } from '../data/schema';
import { UNITS } from '../data/tidyWages';
import type { SettingRow } from '../model/settingsProfile';
import { NATIONAL_AREA, figureCells, rowMaker, type ExportRow, type Provenance } from './exportColumns';
import { PAY_RANGE_STATS } from './payRangeExport';

/** The statistics a work-setting chart draws, in the order of its table twin. */
export const SETTINGS_STATS = ['employment', ...PAY_RANGE_STATS] as const;

/** A 4-digit industry overlaps the sector row above it; the note says so, as the page does. */
const overlapNote = (r: SettingRow) =>
	r.kind === 'industry' ? `4-digit industry${r.parent ? ` within sector ${r.parent}` : ''}; it overlaps its sector's row, so employment is not added up` : '';

/**
 * The long rows behind a work-setting chart: per setting its employment (people) and five wage statistics,
 * in the chart's order, U.S. with the row's own NAICS code, industry, ownership code and OEWS source.
 */
export function settingsExport(rows: readonly SettingRow[], career: Pick<Career, 'soc' | 'title'>, basis: PayBasis, provenance: Provenance, chart: string): ExportRow[] {
	const make = rowMaker(provenance.sources, chart);
	return rows.flatMap((r) => {
		const area = { ...NATIONAL_AREA, naics: r.naics, industry: r.industry, own_code: r.ownCode };
		const sourceId = r.sourceId || provenance.sourceId || '';
		const note = overlapNote(r);
		return SETTINGS_STATS.map((statistic) =>
			make(sourceId, area, {
				soc: career.soc,
				occupation: career.title,
				statistic,
				unit: statistic === 'employment' ? UNITS.people : UNITS[basis],
				...figureCells(r[statistic]),
				note
			})
		);
	});
}
