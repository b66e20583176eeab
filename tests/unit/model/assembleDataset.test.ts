import { describe, expect, it } from 'vitest';
import { shownRows, sourcesOfImport, type ImportedData } from '../../../src/lib/data/importedSchema';
import { assembleDataset, projectionSets, projectionSourceOf, shownProjectionSet, type LoadedParts } from '../../../src/lib/model/assembleDataset';
import { emptyDataset } from '../../../src/lib/model/dataset';
import { nationalReleases } from '../../../src/lib/model/nationalReleases';
import { projection, source, wage } from '../../fixtures/model/build';

const EP = source('ep-2024-34', '2024-09-01', { program: 'Employment Projections', release: '2024–34' });
const shipped = {
	...emptyDataset(),
	sources: [source('oews-national-2024', '2024-05-01'), source('oews-national-2025', '2025-05-01'), EP],
	wages: [wage({ sourceId: 'oews-national-2025' })],
	projections: [projection({ sourceId: 'ep-2024-34', soc: '29-2072' })]
};

function imported(id: string, rows: Pick<ImportedData, 'wages' | 'projections'>, label = 'May 2022 — your file'): ImportedData {
	const d = { id, fileName: `${id}.csv`, label, format: rows.projections.length ? ('projections' as const) : ('oews' as const), importedAt: '2026-12-01T00:00:00.000Z' };
	return { ...d, read: 1, accepted: 1, rejected: 0, problemTotal: 0, sources: sourcesOfImport(d, rows), shown: shownRows(rows), ...rows };
}
const national = imported('import-n', { wages: [wage({ sourceId: 'import-n-national' })], projections: [] });
const state = imported('import-s', { wages: [wage({ sourceId: 'import-s-state', areaType: 'state', areaCode: '01', area: 'Alabama' })], projections: [] });
const metro = imported('import-m', { wages: [wage({ sourceId: 'import-m-metro', areaType: 'metro', areaCode: '10180', area: 'Abilene, TX' })], projections: [] });
const eps = imported('import-p', { wages: [], projections: [projection({ sourceId: 'import-p', soc: '29-2072' })] }, 'projections.csv — your file');

describe('assembleDataset', () => {
	it.each([
		['shipped rows alone, unchanged', {}, [], ['oews-national-2025'], 0, 0],
		['every release fetched replaces the page’s latest only', { history: [wage({ sourceId: 'oews-national-2024' }), wage({ sourceId: 'oews-national-2025' })] }, [], ['oews-national-2024', 'oews-national-2025'], 0, 0],
		['a national import joins the wages as a release of its own', {}, [national], ['oews-national-2025', 'import-n-national'], 0, 0],
		['a state import joins the states', { states: [] }, [state], ['oews-national-2025'], 1, 0],
		['a metro import joins the areas', {}, [metro], ['oews-national-2025'], 0, 1],
		['all of them at once, with the fetched parts', { history: [wage({ sourceId: 'oews-national-2024' })] }, [national, state, metro], ['oews-national-2024', 'import-n-national'], 1, 1]
	] as [string, LoadedParts, ImportedData[], string[], number, number][])('%s', (_, parts, imports, wageSources, states, areas) => {
		const ds = assembleDataset(shipped, parts, imports);
		expect(ds.wages.map((w) => w.sourceId)).toEqual(wageSources);
		expect(ds.states).toHaveLength(states);
		expect(ds.areas).toHaveLength(areas);
	});

	it('returns the page’s own dataset when there is nothing to add (views keep their caches)', () => {
		expect(assembleDataset(shipped, {}, [])).toBe(shipped);
	});

	it('lists the imported release after the shipped ones, labelled as the person’s file', () => {
		const ds = assembleDataset(shipped, {}, [national]);
		expect(nationalReleases(ds.sources).map((s) => [s.release, s.origin])).toEqual([
			['May 2022 — your file', 'imported'],
			['May 2024', 'shipped'],
			['May 2025', 'shipped']
		]);
	});

	it.each([
		['by default the imported projections are shown, alone', '', 'import-p'],
		['the person chose the published set', 'published', 'ep-2024-34'],
		['the person chose the import by id', 'import-p', 'import-p'],
		['a choice that no longer exists falls back to the default', 'import-gone', 'import-p']
	])('%s', (_, choice, shown) => {
		const ds = assembleDataset(shipped, {}, [eps], choice);
		expect(new Set(ds.projections.map((p) => p.sourceId))).toEqual(new Set([shown]));
		expect(projectionSourceOf(ds)?.id).toBe(shown);
	});

	it('without imported projections keeps the shipped set, and its source names it', () => {
		expect(projectionSourceOf(assembleDataset(shipped, {}, [national]))?.id).toBe('ep-2024-34');
		expect(projectionSets(shipped).map((s) => s.id)).toEqual(['ep-2024-34']);
		expect(shownProjectionSet([], '')).toBeUndefined();
	});
});
