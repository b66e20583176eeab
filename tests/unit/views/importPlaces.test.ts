import { describe, expect, it } from 'vitest';
import type { ShownRows } from '../../../src/lib/data/importedSchema';
import type { Source } from '../../../src/lib/data/schema';
import { importPlaces } from '../../../src/lib/views/importPlaces';
import { source } from '../../fixtures/model/build';

const none: ShownRows = { national: 0, industries: 0, states: 0, other: 0, projections: 0 };
const imp = (id: string, scope: Source['scope'], over: Partial<Source> = {}) => source(id, '2022-05-01', { scope, origin: 'imported', ...over });

describe('importPlaces', () => {
	it.each([
		['a national file: every page that picks a release, each with the release in its link', [imp('import-a-national', 'national')], { ...none, national: 10 }, 'national', 9, '?release=import-a-national'],
		['a state file: the state map', [imp('import-a-state', 'state')], { ...none, states: 10 }, 'state', 1, '?states=import-a-state#by-location'],
		['an industry file: the work-setting chart', [imp('import-a-industry', 'industry')], { ...none, industries: 4 }, 'industry', 1, '?settings=import-a-industry#by-setting'],
		['a metro file: the metro table', [imp('import-a-metro', 'metro')], { ...none, other: 3 }, 'metro', 1, '?metro=import-a-metro#metro-title'],
		['projections: the outlook views', [imp('import-p', 'national', { program: 'Employment Projections' })], { ...none, projections: 5 }, 'projections', 8, '']
	] as [string, Source[], ShownRows, string, number, string][])('%s', (_, sources, shown, kind, count, search) => {
		const places = importPlaces(sources, shown);
		expect(places.filter((p) => p.kind === kind)).toHaveLength(count);
		expect(places.every((p) => p.kind === kind)).toBe(true);
		expect(places[0].search).toBe(search);
	});

	it('links projections on every page that draws the outlook or growth', () => {
		const paths = importPlaces([], { ...none, projections: 1 }).map((p) => p.path);
		expect(paths).toEqual(['/', '/career/[soc]', '/compare', '/ladder', '/explore', '/present', '/handout', '/embed/[chart]']);
	});

	it('names no place for a kind of row the file does not hold', () => {
		expect(importPlaces([imp('import-a-state', 'state')], none)).toEqual([]);
	});

	it('links the national release on every page the issue lists', () => {
		const paths = importPlaces([imp('import-a-national', 'national')], { ...none, national: 1 }).map((p) => p.path);
		expect(paths).toEqual(['/', '/career/[soc]', '/compare', '/pay', '/ladder', '/explore', '/present', '/handout', '/embed/[chart]']);
	});
});
