import { group } from 'd3-array';
import type { Figure, PayBasis, Source, WageRecord, WageStat } from '../data/schema';
import { isNationalCrossIndustry } from './dataset';
import { oneRowPerCode } from './oneRowPerCode';
import { releasesOf } from './releasesOf';
import { rowsOfSocAndSource, rowsOfSource } from './rowIndex';

/** One release's value of one statistic for one SOC code; a gap is a point with a reason, never a guess. */
export interface TrendPoint {
	sourceId: string;
	/** e.g. "May 2024". */
	release: string;
	/** ISO reference date, e.g. "2024-05-01". */
	date: string;
	value: Figure;
	/** Why the value is missing, when there is something to say; "" otherwise. */
	note: string;
}

/** Wage statistics in the chosen basis, or employment (people), which has no basis. */
export type TrendStat = WageStat | 'employment';

/** Codes that May 2019 and May 2020 (hybrid SOC) fold into 29-2098; a reader must learn why the line breaks. */
const HYBRID_CODES = new Set(['29-2072', '29-2036', '29-9021']);
const HYBRID_RELEASES = ['2019-05', '2020-05'];
export const hybridNote = (release: string) => `In ${release} BLS published this occupation only inside the combined code 29-2098.`;
export const HYBRID_2020_NOTE = hybridNote('May 2020');
/** True for a release that uses the hybrid SOC structure (May 2019, May 2020), read from its reference date. */
export const isHybridRelease = (release: Pick<Source, 'referenceDate'>) => HYBRID_RELEASES.some((d) => release.referenceDate.startsWith(d));

function gapNote(soc: string, release: Source): string {
	if (isHybridRelease(release) && HYBRID_CODES.has(soc)) return hybridNote(release.release);
	return `OEWS ${release.release} has no estimate for ${soc}.`;
}

/**
 * One point per OEWS release (oldest first) that has national cross-industry rows in `wages`.
 * National sources of the same date (a shipped release and an imported file of that May) make one point.
 * A release without rows in `wages` is left out, because its absence says nothing about the occupation.
 * Where the code is missing from a loaded release the value is `{ missing: 'notInRelease' }`;
 * no other code's value (such as 29-2098's) ever stands in.
 */
export function trendAcrossReleases(
	wages: readonly WageRecord[],
	sources: readonly Source[],
	soc: string,
	stat: TrendStat,
	basis: PayBasis
): TrendPoint[] {
	// National sources with rows loaded, grouped by date: a shipped release and an import of the same May make one point, the shipped row first.
	const loaded = releasesOf(sources).filter((s) => s.scope === 'national' && rowsOfSource(wages, s.id).length > 0);
	const byDate = group(loaded, (s) => s.referenceDate);
	const points: TrendPoint[] = [];
	for (const [date, files] of byDate) {
		const row = files.map((f) => oneRowPerCode(rowsOfSocAndSource(wages, soc, f.id).filter(isNationalCrossIndustry))[0]).find(Boolean);
		const source = (row && files.find((f) => f.id === row.sourceId)) ?? files[0];
		if (!row) {
			points.push({ sourceId: source.id, release: source.release, date, value: { missing: 'notInRelease' }, note: gapNote(soc, source) });
			continue;
		}
		const value = stat === 'employment' ? row.employment : row[basis][stat];
		points.push({ sourceId: source.id, release: source.release, date, value, note: '' });
	}
	return points;
}
