import type { Source, WageRecord } from '../data/schema';
import { STATES } from '../data/states';
import { areaWages, type AreaWageRow } from '../model/areaWages';
import type { LoadedParts } from '../model/assembleDataset';
import { titleLookup } from '../model/careerTitle';
import type { Dataset } from '../model/dataset';
import { CODER } from '../model/featuredCareers';
import { latestPublished, nationalReleases, nationalSourceOf, releaseYear } from '../model/nationalReleases';
import { SURVEY_DIMENSIONS, surveyCategories, surveyRows } from '../model/surveyRows';
import { joinSearch } from '../state/paramTable';
import { parsePayFilters, payFiltersToSearch, type PayFilters } from '../state/payFilters';
import { hasRows } from '../state/releaseParam';
import { areaChoices, chosenAreas, type AreaChoices, type AreaParams } from './paySources';

/** Everything "Pay in detail" draws, from the dataset and the URL's filters. */
export interface PayView {
	/** Which file each area view can draw: the shipped ones, or a file imported in this browser. */
	choices: AreaChoices;
	/** The file each area view draws. */
	areas: ReturnType<typeof chosenAreas>;
	releases: Source[];
	/** The latest published release: the default, and the release of the survey comparison. */
	latest: Source;
	/** Survey credentials with figures, for the salary estimate's picker. */
	credentials: string[];
	defaults: PayFilters;
	filters: PayFilters;
	/** What in the URL could not be used (filters, then area files), for the notice. */
	invalid: string[];
	titleOf: (soc: string) => string;
	/** The release of the salary estimate. */
	estimateRelease: Source;
	/** Wages holding the estimate's release; null while every release's rows are fetched. */
	estimateWages: WageRecord[] | null;
	/** The industry and state rows once fetched; null until then. */
	settings: WageRecord[] | null;
	states: WageRecord[] | null;
	/** The chosen imported metro file's rows for the career; null without such a file. */
	metro: { rows: AreaWageRow[]; source: Source } | null;
	/** The search string of these filters and area files with some changed. */
	search: (next: Partial<PayFilters>, area?: Partial<AreaParams>) => string;
}

/** The /pay filters from the URL; `has` says which fetched parts of the dataset are in. */
export function payView(ds: Dataset, params: URLSearchParams, has: (part: keyof LoadedParts) => boolean = () => true): PayView {
	const choices = areaChoices(ds);
	const areas = chosenAreas(params, choices);
	const releases = nationalReleases(ds.sources);
	// The default is the latest published release: importing a newer file never changes what a plain link shows.
	const latest = latestPublished(ds.sources) ?? releases.at(-1)!;
	const credentials = surveyCategories(surveyRows(ds.surveys, 'credential'));
	const defaults: PayFilters = {
		career: CODER,
		vs: '',
		state: '',
		salary: null,
		basis: 'annual',
		release: releaseYear(latest),
		sort: 'employment',
		order: 'high',
		prices: 'published',
		dim: 'credential',
		cred: '',
		years: 'latest',
		dollars: 'nominal'
	};
	const parsed = parsePayFilters(params, {
		careers: new Set(ds.careers.map((c) => c.soc)),
		releases: releases.map(releaseYear),
		states: new Set(STATES.map((s) => s.postal)),
		dimensions: new Set(SURVEY_DIMENSIONS.map((d) => d.id)),
		credentials: new Set(credentials),
		defaults
	});
	const f = parsed.filters;
	const estimateRelease = nationalSourceOf(ds.sources, f.release) ?? latest;
	return {
		choices,
		areas,
		releases,
		latest,
		credentials,
		defaults,
		filters: f,
		invalid: [...parsed.invalid, ...areas.invalid],
		titleOf: titleLookup(ds.careers),
		estimateRelease,
		// A release other than the latest needs every release's rows.
		estimateWages: hasRows(ds.wages, estimateRelease) ? ds.wages : null,
		settings: has('settings') ? ds.settings : null,
		states: has('states') ? ds.states : null,
		metro: areas.metro ? { rows: areaWages(ds.areas, f.career, areas.metro.source.id, f.basis), source: areas.metro.source } : null,
		search: (next, area = {}) => joinSearch(payFiltersToSearch({ ...f, ...next }, defaults), areas.search(area))
	};
}
