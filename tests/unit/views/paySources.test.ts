import { describe, expect, it } from 'vitest';
import { areaChoices, chosenAreas } from '../../../src/lib/views/paySources';
import { source, wage } from '../../fixtures/model/build';

const shipped = [source('oews-sector-2024', '2024-05-01', { scope: 'industry' }), source('oews-state-2023', '2023-05-01', { scope: 'state' })];
const imported = [
	source('import-a-state', '2022-05-01', { scope: 'state', origin: 'imported', release: 'May 2022 — your file', file: 'a.csv' }),
	source('import-a-metro', '2022-05-01', { scope: 'metro', origin: 'imported', release: 'May 2022 — your file', file: 'a.csv' })
];
const ds = { sources: [...shipped, ...imported], areas: [wage({ sourceId: 'import-a-metro', areaType: 'metro', areaCode: '10180' })] };

describe('/pay area files', () => {
	it('offers the shipped file first, then each import of that kind', () => {
		const c = areaChoices(ds);
		expect(c.states.map((x) => [x.key, x.label])).toEqual([
			['', 'OEWS May 2023 (published, means only)'],
			['import-a-state', 'May 2022 — your file (a.csv)']
		]);
		expect(c.settings.map((x) => x.sourceIds)).toEqual([['oews-sector-2024', 'oews-industry-2024']]);
		expect(c.metros.map((x) => x.key)).toEqual(['import-a-metro']);
	});

	it.each([
		['nothing asked: the shipped files, the newest metro import', '', 'oews-state-2023', 'import-a-metro', []],
		['an imported state file', '?states=import-a-state', 'import-a-state', 'import-a-metro', []],
		['an unknown file: the shipped one and a notice', '?states=import-gone', 'oews-state-2023', 'import-a-metro', ['State file "import-gone" is not one of: , import-a-state']]
	])('%s', (_, search, state, metro, invalid) => {
		const chosen = chosenAreas(new URLSearchParams(search), areaChoices(ds));
		expect(chosen.states?.source.id).toBe(state);
		expect(chosen.metro?.source.id).toBe(metro);
		expect(chosen.invalid).toEqual(invalid);
		expect(chosen.search()).toBe(search.startsWith('?states=import-a') ? search : '');
	});
});
