import type { ShownRows } from '../data/importedSchema';
import type { Source } from '../data/schema';
import { CODER } from '../model/featuredCareers';
import { nationalReleases, releaseYear } from '../model/nationalReleases';

/** One place an import is drawn: a page (path and search, to resolve), and what of the import it shows. */
export interface ImportPlace {
	/** What kind of the import's rows it shows. */
	kind: 'national' | 'industry' | 'state' | 'metro' | 'projections';
	/** Route path, e.g. "/compare". */
	path: '/' | '/career/[soc]' | '/compare' | '/pay' | '/ladder' | '/explore' | '/present' | '/handout' | '/embed/[chart]';
	/** Route params for paths with them. */
	params?: Record<string, string>;
	/** Search and hash, e.g. "?release=import-abc-national". */
	search: string;
	label: string;
}

const q = (key: string, value: string) => `?${key}=${encodeURIComponent(value)}`;

/**
 * Every place the dashboard draws an import's rows, with a link that opens it showing them: a national
 * release wherever a release is picked, an industry file in the work-setting chart, a state file on the
 * state map, a metro file in the metro table, projections in the outlook and growth views.
 */
export function importPlaces(sources: readonly Source[], shown: ShownRows): ImportPlace[] {
	const places: ImportPlace[] = [];
	for (const s of nationalReleases(sources)) {
		const r = q('release', releaseYear(s));
		places.push(
			{ kind: 'national', path: '/', search: r, label: 'Overview' },
			{ kind: 'national', path: '/career/[soc]', params: { soc: CODER }, search: r, label: 'Career pages (pay, trend)' },
			{ kind: 'national', path: '/compare', search: r, label: 'Compare' },
			{ kind: 'national', path: '/pay', search: `${r}#where-would-i-fall`, label: 'Pay in detail (where would I fall)' },
			{ kind: 'national', path: '/ladder', search: r, label: 'Career ladder' },
			{ kind: 'national', path: '/explore', search: r, label: 'Explore every occupation' },
			{ kind: 'national', path: '/present', search: r, label: 'Slides' },
			{ kind: 'national', path: '/handout', search: r, label: 'Handout' },
			{ kind: 'national', path: '/embed/[chart]', params: { chart: 'pay' }, search: r, label: 'Embeds' }
		);
	}
	for (const s of sources) {
		if (s.scope === 'industry' && shown.industries > 0) places.push({ kind: 'industry', path: '/pay', search: `${q('settings', s.id)}#by-setting`, label: 'Pay by work setting' });
		if (s.scope === 'state' && shown.states > 0) places.push({ kind: 'state', path: '/pay', search: `${q('states', s.id)}#by-location`, label: 'State map and table' });
		if (s.scope === 'metro' && shown.other > 0) places.push({ kind: 'metro', path: '/pay', search: `${q('metro', s.id)}#metro-title`, label: 'Metro areas table' });
	}
	if (shown.projections > 0)
		places.push(
			{ kind: 'projections', path: '/', search: '', label: 'Overview (growth against pay)' },
			{ kind: 'projections', path: '/career/[soc]', params: { soc: CODER }, search: '', label: 'Career pages (outlook)' },
			{ kind: 'projections', path: '/compare', search: '', label: 'Compare (outlook, training)' },
			{ kind: 'projections', path: '/ladder', search: '', label: 'Career ladder (outlook)' },
			{ kind: 'projections', path: '/explore', search: '?chart=growth', label: 'Explore every occupation (growth, openings, training)' },
			{ kind: 'projections', path: '/present', search: '?slides=outlook,growth', label: 'Slides (outlook, growth against pay)' },
			{ kind: 'projections', path: '/handout', search: '', label: 'Handout (outlook)' },
			{ kind: 'projections', path: '/embed/[chart]', params: { chart: 'outlook' }, search: '', label: 'Embeds (outlook)' }
		);
	return places;
}
