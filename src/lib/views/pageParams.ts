import type { PayBasis, Source, WageRecord } from '../data/schema';
import { nationalReleases } from '../model/nationalReleases';
import { oneOf, parseParams, paramsToSearch, type Param, type ParamTable, type ParamValues } from '../state/paramTable';
import { releaseParam, shownRelease } from '../state/releaseParam';

/** The choices of a page that shows one OEWS release in one pay unit (overview, ladder): `pay` and `release`. */
const table = (sources: readonly Source[]) => ({
	basis: oneOf<PayBasis>('pay', ['annual', 'hourly'], 'annual', 'Pay'),
	release: releaseParam(sources)
});
export type ReleaseChoices = ParamValues<ReturnType<typeof table>>;
/** The choice of a page whose pay is always annual (a career's page): `release` alone. */
export type ReleaseOnly = { release: string };

export interface ReleasePage<C = ReleaseChoices> {
	choices: C;
	invalid: string[];
	releases: Source[];
	/** The release shown (the latest published while the one asked for loads). */
	release: Source;
	/** The release asked for while its rows are fetched. */
	pending: Source | null;
	search: (next: Partial<C>) => string;
}

type ReleaseData = { sources: readonly Source[]; wages: readonly WageRecord[] };

/** Reads a page's table of choices, one of them `release`, and the release it then shows. */
function pageOf<T extends ParamTable & { release: Param<string> }>(ds: ReleaseData, params: URLSearchParams, t: T): ReleasePage<ParamValues<T>> {
	const { values: choices, invalid } = parseParams(params, t);
	const key = (choices as { release: string }).release;
	return { choices, invalid, releases: nationalReleases(ds.sources), ...shownRelease(ds, key), search: (next) => paramsToSearch({ ...choices, ...next }, t) };
}

/** Reads `pay` and `release` from the URL (invalid values give the default and a notice). */
export const releasePage = (ds: ReleaseData, params: URLSearchParams): ReleasePage => pageOf(ds, params, table(ds.sources));

/** Reads `release` alone from the URL; writing it back keeps no other parameter. */
export const releaseOnlyPage = (ds: ReleaseData, params: URLSearchParams): ReleasePage<ReleaseOnly> => pageOf(ds, params, { release: releaseParam(ds.sources) });
