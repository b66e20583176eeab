import { describe, expect, it } from 'vitest';
import type { WageRecord } from '../../../src/lib/data/schema';
import { emptyDataset } from '../../../src/lib/model/dataset';
import { importIdOf, importLabel, releaseYearOfName } from '../../../src/lib/model/importLabel';
import { shownRows, sourcesOfImport, type ImportedData } from '../../../src/lib/data/importedSchema';
import type { Source } from '../../../src/lib/data/schema';
import { mergeImported } from '../../../src/lib/model/mergeImported';
import { latestPublished, nationalReleases, nationalSourceOf, releaseYear } from '../../../src/lib/model/nationalReleases';

const NA = { missing: 'notAvailable' } as const;
const set = (median: number) => ({ mean: NA, p10: NA, p25: NA, median, p75: NA, p90: NA });
const wage = (sourceId: string, over: Partial<WageRecord>): WageRecord => ({
	sourceId,
	areaType: 'national',
	areaCode: '99',
	area: 'U.S.',
	naics: '000000',
	industry: 'Cross-industry',
	ownCode: '1235',
	soc: '29-2072',
	title: 'Medical Records Specialists',
	level: 'detailed',
	employment: 100,
	employmentRse: NA,
	meanRse: NA,
	annual: set(47000),
	hourly: set(22.6),
	...over
});

const entry = (over: Partial<ImportedData> = {}): ImportedData => withIds({
	id: 'import-abc',
	fileName: 'oesm22all_M2022_dl.csv',
	label: 'May 2022 — your file',
	format: 'oews',
	importedAt: '2025-11-25T10:00:00.000Z',
	read: 4,
	accepted: 4,
	rejected: 0,
	problemTotal: 0,
	wages: [
		wage('import-abc-national', {}),
		wage('import-abc-industry', { naics: '62', industry: 'Health Care', ownCode: '5' }),
		wage('import-abc-state', { areaType: 'state', areaCode: '01', area: 'Alabama' }),
		wage('import-abc-metro', { areaType: 'metro', areaCode: '10180', area: 'Abilene, TX' })
	],
	projections: [],
	...over
});

/** Fills in what the worker computes when it stores an import. */
function withIds(e: Omit<ImportedData, 'sources' | 'shown'> & Partial<ImportedData>, releases: Record<string, string> = {}): ImportedData {
	return { ...e, sources: sourcesOfImport(e, e, releases), shown: shownRows(e) };
}

const published: Source = {
	id: 'oews-national-2024',
	publisher: 'U.S. Bureau of Labor Statistics',
	program: 'OEWS',
	release: 'May 2024',
	referenceDate: '2024-05-01',
	title: '',
	url: '',
	file: '',
	notes: '',
	topCodeHourly: 115,
	topCodeAnnual: 239200,
	scope: 'national',
	origin: 'shipped'
};

describe('mergeImported', () => {
	const base = { ...emptyDataset(), sources: [published] };
	const merged = mergeImported(base, [entry()]);

	it('adds each import as sources of its own, labelled as the user file', () => {
		expect(merged.sources.map((s) => [s.id, s.program, s.scope, s.origin, s.release, s.referenceDate])).toEqual([
			['oews-national-2024', 'OEWS', 'national', 'shipped', 'May 2024', '2024-05-01'],
			['import-abc-national', 'OEWS', 'national', 'imported', 'May 2022 — your file', '2022-05-01'],
			['import-abc-industry', 'OEWS', 'industry', 'imported', 'May 2022 — your file', '2022-05-01'],
			['import-abc-state', 'OEWS', 'state', 'imported', 'May 2022 — your file', '2022-05-01'],
			['import-abc-metro', 'OEWS', 'metro', 'imported', 'May 2022 — your file', '2022-05-01']
		]);
		expect(merged.sources[1]).toMatchObject({ topCodeAnnual: 208000, topCodeHourly: 100, file: 'oesm22all_M2022_dl.csv' });
		expect(merged.sources[1].notes).toMatch(/Nothing was uploaded/);
	});

	it('puts rows where the pages look for them, by kind', () => {
		expect(merged.wages.map((r) => r.sourceId)).toEqual(['import-abc-national']);
		expect(merged.settings.map((r) => r.naics)).toEqual(['62']);
		expect(merged.states.map((r) => r.area)).toEqual(['Alabama']);
		expect(merged.areas.map((r) => r.area)).toEqual(['Abilene, TX']);
		expect(shownRows(entry())).toEqual({ national: 1, industries: 1, states: 1, other: 1, projections: 0 });
	});

	it('leaves the dataset untouched (pure) and returns it as is without imports', () => {
		expect(base.sources).toHaveLength(1);
		expect(mergeImported(base, [])).toBe(base);
	});

	it('makes the imported national source a release in /compare with its own key', () => {
		const releases = nationalReleases(merged.sources);
		expect(releases.map((s) => s.id)).toEqual(['import-abc-national', 'oews-national-2024']);
		expect(releases.map(releaseYear)).toEqual(['import-abc-national', '2024']);
		expect(nationalSourceOf(merged.sources, 'import-abc-national')?.release).toBe('May 2022 — your file');
		expect(nationalReleases(merged.sources, { imported: false }).map((s) => s.id)).toEqual(['oews-national-2024']);
		expect(latestPublished(merged.sources)?.id).toBe('oews-national-2024');
	});

	it("re-imported exports keep one release per exported source, projections their own program", () => {
		const rows = { wages: [wage('import-t~oews-national-2021', {}), wage('import-t~oews-state-2023', { areaType: 'state', areaCode: '01' })], projections: [] };
		const tidy = { ...entry(), format: 'tidyWages' as const, label: 'export.csv — your file' };
		const releases = { 'import-t~oews-national-2021': 'May 2021', 'import-t~oews-state-2023': 'May 2023' };
		expect(sourcesOfImport(tidy, rows, releases)).toMatchObject([
			{ id: 'import-t~oews-national-2021', scope: 'national', release: 'May 2021 — your file', referenceDate: '2021-05-01', topCodeAnnual: 208000 },
			{ id: 'import-t~oews-state-2023', scope: 'state', release: 'May 2023 — your file', topCodeAnnual: 239200 }
		]);
		expect(nationalReleases(sourcesOfImport(tidy, rows, releases))).toHaveLength(1);
		const ep = { wages: [], projections: [{ sourceId: 'import-p' } as never] };
		expect(sourcesOfImport(entry(), ep)).toMatchObject([{ id: 'import-p', program: 'Employment Projections', scope: 'national', origin: 'imported' }]);
	});
});

describe('mergeImported with several imports', () => {
	const b = withIds({ ...entry(), id: 'import-b', fileName: 'b.csv', label: 'May 2024 — your file', wages: [wage('import-b-national', { annual: set(50000) })] });
	it.each([
		['no import', [], ['oews-national-2024']],
		['one import of another year', [entry()], ['import-abc-national', 'oews-national-2024']],
		['an import of the shipped year stays its own release, after the shipped one', [b], ['oews-national-2024', 'import-b-national']],
		['two imports', [entry(), b], ['import-abc-national', 'oews-national-2024', 'import-b-national']],
		['after removing one', [entry(), b].filter((e) => e.id !== 'import-abc'), ['oews-national-2024', 'import-b-national']]
	] as [string, ImportedData[], string[]][])('%s', (_, imports, ids) => {
		const merged = mergeImported({ ...emptyDataset(), sources: [published] }, imports);
		expect(nationalReleases(merged.sources).map((s) => s.id)).toEqual(ids);
		expect(new Set(nationalReleases(merged.sources).map((s) => s.release)).size).toBe(ids.length);
	});
});

describe('import labels', () => {
	it.each([
		['national_M2022_dl.csv', '2022'],
		['state_M2019_dl.xlsx', '2019'],
		['oesm21nat.zip', '2021'],
		['MSA_M2023_dl.csv', '2023'],
		['my-file.csv', '']
	])('%s → %s', (name, year) => expect(releaseYearOfName(name)).toBe(year));

	it('uses the user label, then the year in the name, then the name', () => {
		expect(importLabel('national_M2022_dl.csv')).toBe('May 2022 — your file');
		expect(importLabel('national_M2022_dl.csv', '  My extract ')).toBe('My extract');
		expect(importLabel('data.csv')).toBe('data.csv — your file');
	});

	it('gives the same file the same id, and another file another', () => {
		const a = importIdOf({ name: 'a.csv', size: 10, lastModified: 1 });
		expect(a).toMatch(/^import-[0-9a-z]+$/);
		expect(importIdOf({ name: 'a.csv', size: 10, lastModified: 1 })).toBe(a);
		expect(importIdOf({ name: 'a.csv', size: 11, lastModified: 1 })).not.toBe(a);
	});
});
