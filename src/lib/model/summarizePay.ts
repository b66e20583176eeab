import type { Figure, PayBasis, WageRecord } from '../data/schema';
import { isNationalCrossIndustry } from './dataset';
import { oneRowPerCode } from './oneRowPerCode';
import { rowsOfSocAndSource } from './rowIndex';

/** One career's published pay in one release and unit: every field is a figure from one OEWS row. */
export interface PaySummary {
	soc: string;
	title: string;
	sourceId: string;
	basis: PayBasis;
	mean: Figure;
	p10: Figure;
	p25: Figure;
	median: Figure;
	p75: Figure;
	p90: Figure;
	/** People, rounded to 10 by BLS, self-employed excluded. */
	employment: Figure;
	/** BLS relative standard error of employment (EMP_PRSE), percent; absent where a summary was built without it. */
	employmentRse?: Figure;
}

/** OEWS ownership code for "all ownerships", the row BLS publishes as the cross-industry total. */
const ALL_OWNERSHIPS = '1235';

/**
 * The national cross-industry pay of one SOC code in one release, copied from its single row.
 * Markers stay as they are (a top-coded p90 stays `{ missing: 'topCoded' }`); nothing is computed.
 * A code BLS lists at two levels (broad and detailed, same figures) counts as one row: the detailed one.
 * Returns null when no row matches, or when several rows match and none is the all-ownership one,
 * because picking one of them would be a guess.
 */
export function summarizePay(
	wages: readonly WageRecord[],
	soc: string,
	sourceId: string,
	basis: PayBasis
): PaySummary | null {
	const matches = oneRowPerCode(rowsOfSocAndSource(wages, soc, sourceId).filter(isNationalCrossIndustry));
	const candidates = matches.length > 1 ? matches.filter((r) => r.ownCode === ALL_OWNERSHIPS) : matches;
	if (candidates.length !== 1) return null;
	const row = candidates[0];
	const set = row[basis];
	return {
		soc: row.soc,
		title: row.title,
		sourceId: row.sourceId,
		basis,
		mean: set.mean,
		p10: set.p10,
		p25: set.p25,
		median: set.median,
		p75: set.p75,
		p90: set.p90,
		employment: row.employment,
		employmentRse: row.employmentRse
	};
}
