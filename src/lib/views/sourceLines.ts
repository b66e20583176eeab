import type { Source } from '../data/schema';
import { missingReleases } from '../model/missingReleases';

/** How a file imported in this browser is credited: the person's file, never BLS. */
const importedLine = (s: Source) => `Your file ${s.file} (${s.release}), imported in this browser; not checked against the published BLS tables.`;

/** The source line of figures from one OEWS release; `what` narrows it ("national, all industries"). */
export function oewsLine(release: Source, what = ''): string {
	if (release.origin === 'imported') return importedLine(release);
	return `U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, ${release.release}${what ? `, ${what}` : ''}.`;
}

/** The source line of a trend across releases: the published Mays (and any gap between them), then each imported file. */
export function trendLine(releases: readonly Source[]): string {
	const shipped = releases.filter((s) => s.origin === 'shipped');
	const years = shipped.map((s) => s.referenceDate.slice(0, 4));
	const published = shipped.length > 0 ? `U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May ${years.join(', ')}. ${missingReleases(years)}`.trim() : '';
	return [published, ...releases.filter((s) => s.origin === 'imported').map(importedLine)].filter(Boolean).join(' ');
}

/** The source line of projections: the published table, or the person's file when that is what is shown. */
export function projectionsLine(source: Source | undefined, what = ''): string {
	if (source?.origin === 'imported') return importedLine(source);
	return `U.S. Bureau of Labor Statistics, Employment Projections ${source?.release ?? '2024–34'} (Table 1.2)${what ? `: ${what}` : ''}.`;
}
