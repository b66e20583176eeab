/** How the OEWS importer reads the cells of a row: area, industry, wage sanity, flags. */
import type { AreaType, Figure, WageSet } from './schema';
import { stateByName } from './states';

/** Text cells longer than this are damage (a lost quote or line break), not a title. */
export const MAX_TEXT_CELL = 1000;

const AREA_TYPES: Record<string, AreaType> = { '1': 'national', '2': 'state', '3': 'territory', '4': 'metro', '6': 'nonmetro' };

export interface Area {
	areaCode: string;
	area: string;
	areaType: AreaType;
}

export interface Industry {
	naics: string;
	industry: string;
	ownCode: string;
}

export function areaOf(code: string | undefined, title: string | undefined, type: string | undefined): Area {
	const state = title === undefined ? undefined : stateByName(title);
	const areaTitle = title?.trim() || (code === undefined || code === '99' ? 'U.S.' : '');
	const areaCode = code?.trim() || (state ? state.fips : areaTitle === 'U.S.' ? '99' : '');
	const areaType: AreaType =
		(type && AREA_TYPES[type.trim()]) ||
		(areaCode === '99' ? 'national' : state ? (state.territory ? 'territory' : 'state') : 'other');
	return { areaCode, area: areaTitle, areaType };
}

const PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'] as const;
const nonPositive = (f: Figure) => typeof f === 'number' && f <= 0;

/** Says what is wrong with the percentiles of one pay basis: out of order, negative or zero. */
export function absurdity(set: WageSet): string {
	if (nonPositive(set.mean) || nonPositive(set.p10) || nonPositive(set.p25) || nonPositive(set.median) || nonPositive(set.p75) || nonPositive(set.p90))
		return 'a wage is zero or negative';
	let before = -Infinity;
	for (let i = 0; i < PERCENTILES.length; i++) {
		const v = set[PERCENTILES[i]];
		if (typeof v !== 'number') continue;
		if (v < before) return 'the percentiles are out of order (e.g. the median is above the 90th percentile)';
		before = v;
	}
	return '';
}

/** Trims only when an end is not plain ASCII text (rare), so the common cell is returned as it is. */
export function trimmed(s: string): string {
	const n = s.length;
	if (n === 0) return s;
	const a = s.charCodeAt(0);
	const b = s.charCodeAt(n - 1);
	return a > 32 && a < 127 && b > 32 && b < 127 ? s : s.trim();
}

/** An ANNUAL / HOURLY flag cell: "TRUE" in any case, with blanks around. */
export const isTrue = (cell: string | undefined) => cell !== undefined && cell.length >= 4 && cell.trim().toUpperCase() === 'TRUE';
