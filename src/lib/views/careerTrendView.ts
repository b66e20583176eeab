import type { CpiYear } from '../data/cpiCodec';
import type { Career, Source, WageRecord } from '../data/schema';
import { baseYearOf } from '../model/deflate';
import { trendAcrossReleases } from '../model/trendAcrossReleases';
import { oneOf, parseParams } from '../state/paramTable';
import type { Dollars } from '../state/filters';
import { trendInDollars, type TrendProps } from './trendInDollars';

/** The career page's trend parameter: `dollars=real` for the latest CPI-U year's dollars, as on /compare. */
export const CAREER_TREND_PARAMS = { dollars: oneOf<Dollars>('dollars', ['nominal', 'real'], 'nominal', 'Dollars') };

export interface CareerTrendView {
	dollars: Dollars;
	/** The year real dollars are in; null without CPI-U data (the option is then not offered). */
	base: number | null;
	/** What in the URL could not be used. */
	invalid: string[];
	trend: TrendProps;
}

/** The median annual wage of a career and its related careers across every national release, in the dollars the URL asks for. */
export function careerTrendView(
	history: readonly WageRecord[],
	releases: readonly Source[],
	careers: readonly Pick<Career, 'soc' | 'title'>[],
	params: URLSearchParams,
	cpi: readonly CpiYear[],
	sources: readonly Source[]
): CareerTrendView {
	const { values, invalid } = parseParams(params, CAREER_TREND_PARAMS);
	const series = careers.map((c) => ({ soc: c.soc, label: c.title, points: trendAcrossReleases(history, releases, c.soc, 'median', 'annual') }));
	return { dollars: values.dollars, base: baseYearOf(cpi), invalid, trend: trendInDollars(series, releases, 'annual', values.dollars, cpi, sources) };
}
