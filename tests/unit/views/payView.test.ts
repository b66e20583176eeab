import { describe, expect, it } from 'vitest';
import type { LoadedParts } from '../../../src/lib/model/assembleDataset';
import type { PayFilters } from '../../../src/lib/state/payFilters';
import type { AreaParams } from '../../../src/lib/views/paySources';
import { payView } from '../../../src/lib/views/payView';
import { source, wage, wageSet } from '../../fixtures/model/build';
import { viewDataset } from '../../fixtures/model/viewDataset';

const ds = viewDataset();
const view = (search = '', has: (part: keyof LoadedParts) => boolean = () => true) => payView(ds, new URLSearchParams(search), has);
const importedMetro = source('import-m-metro', '2024-05-01', { scope: 'metro', origin: 'imported', release: 'May 2024 — your file', file: 'metro.csv' });

describe('payView', () => {
	it('defaults to the coder, annual pay and the latest published release', () => {
		const v = view();
		expect(v.filters).toEqual(v.defaults);
		expect(v.defaults).toMatchObject({ career: '29-2072', basis: 'annual', release: '2025', dim: 'credential', years: 'latest', dollars: 'nominal' });
		expect([v.latest.id, v.estimateRelease.id, v.invalid]).toEqual(['oews-national-2025', 'oews-national-2025', []]);
		expect(v.releases.map((r) => r.id)).toEqual(['oews-national-2024', 'oews-national-2025']);
	});

	it('keeps the latest published release as the default when an imported file is newer', () => {
		const withImport = { ...ds, sources: [...ds.sources, source('import-abc-national', '2026-05-01', { origin: 'imported', release: 'May 2026 — your file' })] };
		expect(payView(withImport, new URLSearchParams()).defaults.release).toBe('2025');
	});

	it('follows the URL: career, second career, state, salary, release and survey credential', () => {
		const v = view('?career=29-2033&vs=29-2072&state=al&salary=$60,000&release=2024&cred=CPC');
		expect(v.filters).toMatchObject({ career: '29-2033', vs: '29-2072', state: 'AL', salary: 60000, release: '2024', cred: 'CPC' });
		expect(v.estimateRelease.id).toBe('oews-national-2024');
		expect(v.estimateWages).toBe(ds.wages);
		expect(v.titleOf(v.filters.career)).toBe('Nuclear Medicine Technologists');
	});

	it('waits for every release\'s rows when the estimate asks for an older release', () => {
		const latestOnly = { ...ds, wages: ds.wages.filter((w) => w.sourceId === 'oews-national-2025') };
		expect(payView(latestOnly, new URLSearchParams('?release=2024')).estimateWages).toBeNull();
		expect(payView(latestOnly, new URLSearchParams()).estimateWages).toBe(latestOnly.wages);
	});

	it('offers the survey credentials with figures', () => {
		expect([...view().credentials].sort()).toEqual(['CPC', 'CRC (Certified Risk Adjustment Coder)']);
	});

	it('lists what it cannot use: the filters first, then the area files', () => {
		expect(view('?states=import-gone&career=99-9999&cred=XYZ').invalid).toEqual([
			'Unknown career code "99-9999"',
			'Credential "XYZ" has no survey figure in the data',
			'State file "import-gone" is not one of: '
		]);
	});

	it('holds the industry and state rows only once they are fetched', () => {
		const v = view('', (part) => part === 'states');
		expect([v.settings, v.states]).toEqual([null, ds.states]);
	});

	it.each<[string, string, [Partial<PayFilters>, Partial<AreaParams>], string]>([
		['a filter changed, the rest kept', '?career=29-2033&salary=60000', [{ basis: 'hourly', salary: null }, {}], '?career=29-2033&pay=hourly'],
		['back to a default', '?career=29-2033', [{ career: '29-2072' }, {}], ''],
		['an area file beside the filters', '?career=29-2033', [{}, { metro: 'import-m-metro' }], '?career=29-2033&metro=import-m-metro']
	])('search: %s', (_n, search, [next, area], expected) => {
		expect(view(search).search(next, area)).toBe(expected);
	});

	it('draws an imported metro file\'s rows for the chosen career', () => {
		const metroRow = wage({ sourceId: importedMetro.id, areaType: 'metro', areaCode: '10180', area: 'Abilene, TX', annual: wageSet(35780, 41600, 50250, 64070, 80950, 55970) });
		const withMetro = { ...ds, sources: [...ds.sources, importedMetro], areas: [metroRow] };
		const v = payView(withMetro, new URLSearchParams());
		expect(v.metro?.source.id).toBe('import-m-metro');
		expect(v.metro?.rows.map((r) => [r.area, r.median])).toEqual([['Abilene, TX', 50250]]);
		expect(payView(withMetro, new URLSearchParams('?career=29-2033')).metro?.rows).toEqual([]);
		expect(view().metro).toBeNull();
	});
});
