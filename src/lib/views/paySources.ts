import type { Source, WageRecord } from '../data/schema';
import { releasesOf } from '../model/releasesOf';
import { hasRows } from '../state/releaseParam';
import { oneOf, parseParams, paramsToSearch, type ParamValues } from '../state/paramTable';

/** The shipped work-setting files, drawn together (sectors and the 4-digit extract beneath them). */
export const SHIPPED_SETTINGS = ['oews-sector-2024', 'oews-industry-2024'];
export const SHIPPED_STATES = 'oews-state-2023';

/** One choice of area or industry figures on /pay: the sources drawn together, under one label. */
export interface AreaChoice {
	/** The URL value: "" for the shipped file, else the imported source's id. */
	key: string;
	label: string;
	/** The source whose release and top codes label the view. */
	source: Source;
	sourceIds: string[];
}

const byId = (sources: readonly Source[], id: string) => sources.find((s) => s.id === id);
const importedOf = (sources: readonly Source[], scope: Source['scope']) => releasesOf(sources).filter((s) => s.scope === scope && s.origin === 'imported');
const importedChoice = (s: Source): AreaChoice => ({ key: s.id, label: `${s.release} (${s.file})`, source: s, sourceIds: [s.id] });

/**
 * What /pay can draw by work setting, by state and by metro area: the shipped files first, then each
 * imported file of that kind (imports of the same May stay apart, labelled as the person's file).
 */
export function areaChoices(ds: { sources: readonly Source[]; areas: readonly WageRecord[] }) {
	const sector = byId(ds.sources, SHIPPED_SETTINGS[0]);
	const state = byId(ds.sources, SHIPPED_STATES);
	return {
		settings: [...(sector ? [{ key: '', label: `OEWS ${sector.release} (published)`, source: sector, sourceIds: SHIPPED_SETTINGS }] : []), ...importedOf(ds.sources, 'industry').map(importedChoice)],
		states: [...(state ? [{ key: '', label: `OEWS ${state.release} (published, means only)`, source: state, sourceIds: [state.id] }] : []), ...importedOf(ds.sources, 'state').map(importedChoice)],
		metros: importedOf(ds.sources, 'metro').filter((s) => hasRows(ds.areas, s)).map(importedChoice)
	};
}
export type AreaChoices = ReturnType<typeof areaChoices>;

const table = (c: AreaChoices) => ({
	settings: oneOf('settings', c.settings.map((x) => x.key), '', 'Work-setting file'),
	states: oneOf('states', c.states.map((x) => x.key), '', 'State file'),
	metro: oneOf('metro', c.metros.map((x) => x.key), c.metros.at(-1)?.key ?? '', 'Metro file')
});
export type AreaParams = ParamValues<ReturnType<typeof table>>;

/** Which file each /pay view draws, from the URL; an unknown file gives the shipped one and a notice. */
export function chosenAreas(params: URLSearchParams, choices: AreaChoices) {
	const t = table(choices);
	const { values, invalid } = parseParams(params, t);
	const pick = (list: AreaChoice[], key: string) => list.find((x) => x.key === key) ?? list[0];
	return {
		values,
		invalid,
		settings: pick(choices.settings, values.settings),
		states: pick(choices.states, values.states),
		metro: pick(choices.metros, values.metro) ?? null,
		/** The search parameters of these choices, to keep beside the other /pay filters. */
		search: (next: Partial<AreaParams> = {}) => paramsToSearch({ ...values, ...next }, t)
	};
}
