import { describe, expect, it } from 'vitest';
import { HYBRID_2020_NOTE, hybridNote, trendAcrossReleases } from '../../../src/lib/model/trendAcrossReleases';
import { source, wage, wageSet } from '../../fixtures/model/build';

const s2020 = source('oews-national-2020', '2020-05-01');
const s2021 = source('oews-national-2021', '2021-05-01');
const s2023 = source('oews-national-2023', '2023-05-01');
const sector2023 = source('oews-natsector-2023', '2023-05-01');
const s2024 = source('oews-national-2024', '2024-05-01');
const s2025 = source('oews-national-2025', '2025-05-01'); // registered, but no rows loaded
const ep = source('ep-2024-34', '2024-09-01', { program: 'Employment Projections' });
const sources = [s2024, ep, s2025, sector2023, s2021, s2020, s2023];

const median = (m: number) => wageSet(1, 2, m, 4, 5);
const wages = [
	// May 2020: only the hybrid code, never to be used for 29-2072.
	wage({ sourceId: s2020.id, soc: '29-2098', annual: median(44090) }),
	wage({ sourceId: s2020.id, soc: '29-1071', annual: median(115390) }),
	wage({ sourceId: s2021.id, annual: median(46660), employment: 180570 }),
	wage({ sourceId: s2023.id, annual: median(48780), employment: 185690 }),
	wage({ sourceId: sector2023.id, naics: '62', annual: median(1) }),
	wage({ sourceId: s2024.id, annual: median(50250), employment: 187910 }),
	wage({ sourceId: s2024.id, soc: '29-1151', annual: wageSet(1, 2, 3, { missing: 'topCoded' }, { missing: 'topCoded' }) })
];

const values = (soc: string, stat: Parameters<typeof trendAcrossReleases>[3] = 'median') =>
	trendAcrossReleases(wages, sources, soc, stat, 'annual').map((p) => [p.date, p.value, p.note]);

describe('trendAcrossReleases', () => {
	it('29-2072: a gap with the hybrid-code note in May 2020, never 29-2098’s value', () => {
		expect(values('29-2072')).toEqual([
			['2020-05-01', { missing: 'notInRelease' }, HYBRID_2020_NOTE],
			['2021-05-01', 46660, ''],
			['2023-05-01', 48780, ''],
			['2024-05-01', 50250, '']
		]);
	});

	it.each(['29-2036', '29-9021'])('%s also gets the May 2020 note', (soc) => {
		expect(values(soc)[0]).toEqual(['2020-05-01', { missing: 'notInRelease' }, HYBRID_2020_NOTE]);
	});

	it.each([
		['employment', '29-2072', 'employment', [{ missing: 'notInRelease' }, 180570, 185690, 187910]],
		['a code present only in 2020 and 2024', '29-1071', 'median', [115390, { missing: 'notInRelease' }, { missing: 'notInRelease' }, { missing: 'notInRelease' }]],
		['markers pass through', '29-1151', 'p90', [{ missing: 'notInRelease' }, { missing: 'notInRelease' }, { missing: 'notInRelease' }, { missing: 'topCoded' }]]
	] as const)('%s', (_n, soc, stat, expected) => {
		expect(values(soc, stat).map(([, v]) => v)).toEqual(expected);
	});

	it('May 2019 is hybrid too: coders get a gap with its own note, never 29-2098’s value', () => {
		const s2019 = source('oews-national-2019', '2019-05-01');
		const rows = [...wages, wage({ sourceId: s2019.id, soc: '29-2098', annual: median(42630) })];
		const points = trendAcrossReleases(rows, [s2019, ...sources], '29-2072', 'median', 'annual');
		expect(points[0]).toMatchObject({ release: 'May 2019', value: { missing: 'notInRelease' }, note: hybridNote('May 2019') });
		expect(trendAcrossReleases(rows, [s2019, ...sources], '29-2098', 'median', 'annual')[0].value).toBe(42630);
	});

	it('other gaps get a plain note, not the 2020 one', () => {
		const p = trendAcrossReleases(wages, sources, '29-1071', 'median', 'annual')[1];
		expect(p).toMatchObject({ release: 'May 2021', sourceId: s2021.id });
		expect(p.note).toMatch(/no estimate for 29-1071/);
	});

	it('one point per release date, named after the national file', () => {
		const points = trendAcrossReleases(wages, sources, '29-2072', 'median', 'annual');
		expect(points.map((p) => p.sourceId)).toEqual([s2020.id, s2021.id, s2023.id, s2024.id]);
		expect(points.map((p) => p.release)).toEqual(['May 2020', 'May 2021', 'May 2023', 'May 2024']);
	});

	it.each([
		['no rows', [], sources],
		['no sources', wages, []],
		['only non-OEWS sources', wages, [ep]]
	] as const)('[] with %s', (_n, w, s) => {
		expect(trendAcrossReleases(w, s, '29-2072', 'median', 'annual')).toEqual([]);
	});

	it('uses the asked basis', () => {
		expect(trendAcrossReleases([wage()], [s2023], '29-2072', 'median', 'hourly')[0].value).toBe(23.45);
	});
});
