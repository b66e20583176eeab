import type { Figure, PayBasis, WageRecord } from '../data/schema';
import { compareText } from './compareText';
import { oneRowPerCode } from './oneRowPerCode';
import { rowsOfSocAndSource } from './rowIndex';

/** OEWS ownership codes of the industry files, in words (from the OEWS field descriptions). */
export const OWNERSHIP: Record<string, string> = {
	'1235': 'all ownerships',
	'123': 'federal, state and local government',
	'235': 'private, state and local government',
	'35': 'private and local government',
	'5': 'private',
	'57': 'private, plus local government gambling establishments and casino hotels',
	'58': 'private, plus state and local government hospitals',
	'59': 'private, plus the U.S. Postal Service'
};

/** One work setting of one career: every figure from one OEWS industry row, markers kept. */
export interface SettingRow {
	naics: string;
	industry: string;
	ownCode: string;
	sourceId: string;
	/** A NAICS sector, or a 4-digit industry inside one (the extract's 524100, 621100, …). */
	kind: 'sector' | 'industry';
	/** The sector code a 4-digit industry belongs to; "" for sectors and for industries whose sector is not published. */
	parent: string;
	/** People, rounded to 10, self-employed excluded. */
	employment: Figure;
	mean: Figure;
	p10: Figure;
	p25: Figure;
	median: Figure;
	p75: Figure;
	p90: Figure;
}

/** Sector codes are "62" or ranges such as "31-33"; 6-digit codes fall in the sector of their first two digits. */
export function sectorOf(naics: string, sectors: readonly string[]): string {
	const two = Number(naics.slice(0, 2));
	return (
		sectors.find((s) => {
			const [lo, hi = lo] = s.split('-').map(Number);
			return two >= lo && two <= hi;
		}) ?? ''
	);
}

const isSector = (naics: string) => /^\d{2}(-\d{2})?$/.test(naics);

/**
 * A career's pay by work setting: the OEWS sector rows and the 4-digit industry rows of the given
 * sources, in NAICS order with each industry right after its sector. When a code is published at two
 * SOC levels (e.g. broad and detailed 31-1120) the detailed row is used; their figures are the same group.
 */
export function settingsProfile(
	settings: readonly WageRecord[],
	soc: string,
	basis: PayBasis,
	sourceIds: readonly string[] = ['oews-sector-2024', 'oews-industry-2024']
): SettingRow[] {
	const records = oneRowPerCode(sourceIds.flatMap((id) => rowsOfSocAndSource(settings, soc, id)));
	const sectors = records.filter((r) => isSector(r.naics)).map((r) => r.naics);
	const rows = records.map((r): SettingRow => {
		const set = r[basis];
		const sector = isSector(r.naics);
		return {
			naics: r.naics,
			industry: r.industry,
			ownCode: r.ownCode,
			sourceId: r.sourceId,
			kind: sector ? 'sector' : 'industry',
			parent: sector ? '' : sectorOf(r.naics, sectors),
			employment: r.employment,
			mean: set.mean,
			p10: set.p10,
			p25: set.p25,
			median: set.median,
			p75: set.p75,
			p90: set.p90
		};
	});
	// NAICS order: by the sector a row belongs to, the sector first, then its industries.
	const place = (r: SettingRow) => (r.kind === 'sector' ? r.naics : r.parent || r.naics);
	return rows.sort((a, b) => compareText(place(a), place(b)) || (a.kind === b.kind ? compareText(a.naics, b.naics) : a.kind === 'sector' ? -1 : 1));
}
