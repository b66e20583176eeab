import type { Figure, PayBasis, WageRecord } from '../data/schema';
import { compareText } from './compareText';
import { rowsOfSocAndSource } from './rowIndex';

/** One metro or other area's published pay for a career: each figure from one OEWS row, markers kept. */
export interface AreaWageRow {
	areaCode: string;
	area: string;
	employment: Figure;
	mean: Figure;
	median: Figure;
}

/** A career's rows of one area file (metro, nonmetro and other areas), by area name. */
export function areaWages(areas: readonly WageRecord[], soc: string, sourceId: string, basis: PayBasis): AreaWageRow[] {
	return rowsOfSocAndSource(areas, soc, sourceId)
		.map((r) => ({ areaCode: r.areaCode, area: r.area, employment: r.employment, mean: r[basis].mean, median: r[basis].median }))
		.sort((a, b) => compareText(a.area, b.area) || compareText(a.areaCode, b.areaCode));
}
