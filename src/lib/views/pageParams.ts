import type { PayBasis, Source, WageRecord } from '../data/schema';
import { nationalReleases } from '../model/nationalReleases';
import { oneOf, parseParams, paramsToSearch, type ParamValues } from '../state/paramTable';
import { releaseParam, shownRelease } from '../state/releaseParam';

/** The choices of a page that shows one OEWS release in one pay unit (overview, ladder): `pay` and `release`. */
const table = (sources: readonly Source[]) => ({
	basis: oneOf<PayBasis>('pay', ['annual', 'hourly'], 'annual', 'Pay'),
	release: releaseParam(sources)
});
export type ReleaseChoices = ParamValues<ReturnType<typeof table>>;

export interface ReleasePage {
	choices: ReleaseChoices;
	invalid: string[];
	releases: Source[];
	/** The release shown (the latest published while the one asked for loads). */
	release: Source;
	/** The release asked for while its rows are fetched. */
	pending: Source | null;
	search: (next: Partial<ReleaseChoices>) => string;
}

/** Reads `pay` and `release` from the URL (invalid values give the default and a notice). */
export function releasePage(ds: { sources: readonly Source[]; wages: readonly WageRecord[] }, params: URLSearchParams): ReleasePage {
	const t = table(ds.sources);
	const { values: choices, invalid } = parseParams(params, t);
	return { choices, invalid, releases: nationalReleases(ds.sources), ...shownRelease(ds, choices.release), search: (next) => paramsToSearch({ ...choices, ...next }, t) };
}
