import type { TrendSeries } from '../charts/layoutTrend';
import type { CpiYear } from '../data/cpiCodec';
import type { Figure, PayBasis, Source } from '../data/schema';
import type { ExportSource, Provenance } from '../export/exportColumns';
import { baseYearOf, deflate, deflateTrend, dollarsLabel } from '../model/deflate';
import { trendLine } from './sourceLines';
import type { Dollars } from '../state/filters';

/** What a TrendChart of medians across releases is given: ready to spread onto the component. */
export interface TrendProps {
	series: TrendSeries[];
	stat: 'median';
	basis: PayBasis;
	topCodes: Record<string, Figure>;
	source: string;
	provenance: Provenance;
	/** "in 2025 dollars (CPI-U)" when deflated; absent for dollars as published. */
	dollars?: string;
}

/**
 * Median trends across national releases, as published or (`real`, when the CPI-U is loaded) in the latest
 * CPI-U year's dollars: each point and each release's top code deflated with its own reference year's annual
 * average, and the source line saying so. Used by /compare and the career pages alike.
 */
export function trendInDollars(
	series: readonly TrendSeries[],
	releases: readonly Source[],
	basis: PayBasis,
	dollars: Dollars,
	cpi: readonly CpiYear[],
	sources: readonly ExportSource[]
): TrendProps {
	const base = dollars === 'real' ? baseYearOf(cpi) : null;
	const inDollars = (f: Figure, s: Source) => (base === null ? f : deflate(f, Number(s.referenceDate.slice(0, 4)), cpi, base));
	return {
		series: series.map((s) => (base === null ? s : { ...s, points: deflateTrend(s.points, cpi, base) })),
		stat: 'median',
		basis,
		topCodes: Object.fromEntries(releases.map((s) => [s.id, inDollars(basis === 'annual' ? s.topCodeAnnual : s.topCodeHourly, s)])),
		source:
			trendLine(releases) +
			(base === null ? '' : ` Deflated with the BLS CPI-U (all items, U.S. city average) annual average of each reference year, ${dollarsLabel(base)}.`),
		provenance: { sources },
		dollars: base === null ? undefined : dollarsLabel(base)
	};
}
