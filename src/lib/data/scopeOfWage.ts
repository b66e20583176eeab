import type { SourceScope, WageRecord } from './schema';

/** National cross-industry rows use area "99" and NAICS "000000" in every OEWS release. */
export const NATIONAL_AREA = '99';
export const CROSS_INDUSTRY = '000000';

/** True for the one OEWS row that stands for the whole U.S. economy. */
export const isNationalCrossIndustry = (r: Pick<WageRecord, 'areaCode' | 'naics'>): boolean =>
	r.areaCode === NATIONAL_AREA && r.naics === CROSS_INDUSTRY;

/**
 * What an OEWS row covers: the U.S. across industries, the U.S. in one industry, a state or territory,
 * or a metro, nonmetro or other sub-state area.
 */
export function scopeOfWage(r: Pick<WageRecord, 'areaCode' | 'naics' | 'areaType'>): Exclude<SourceScope, ''> {
	if (isNationalCrossIndustry(r)) return 'national';
	if (r.areaType === 'national') return 'industry';
	if (r.areaType === 'state' || r.areaType === 'territory') return 'state';
	return 'metro';
}
