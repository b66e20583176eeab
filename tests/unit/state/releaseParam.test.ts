import { describe, expect, it } from 'vitest';
import { parseParams, paramsToSearch, joinSearch } from '../../../src/lib/state/paramTable';
import { releaseParam, shownRelease } from '../../../src/lib/state/releaseParam';
import { releasePage } from '../../../src/lib/views/pageParams';
import { source, wage } from '../../fixtures/model/build';

const sources = [source('oews-national-2024', '2024-05-01'), source('oews-national-2025', '2025-05-01'), source('import-a-national', '2026-05-01', { origin: 'imported', release: 'May 2026 — your file' })];

describe('the release parameter', () => {
	it.each([
		['absent: the latest published release, never an import', '', '2025', []],
		['a published year', '?release=2024', '2024', []],
		['an imported release by its id', '?release=import-a-national', 'import-a-national', []],
		['unknown: the default and a notice', '?release=1999', '2025', ['Release "1999" is not in the data (available: 2024, 2025, import-a-national)']]
	])('%s', (_, search, value, invalid) => {
		const table = { release: releaseParam(sources) };
		const parsed = parseParams(new URLSearchParams(search), table);
		expect(parsed.values.release).toBe(value);
		expect(parsed.invalid).toEqual(invalid);
		expect(paramsToSearch(parsed.values, table)).toBe(invalid.length ? '' : search);
	});

	it('shows the latest published release while the one asked for has no rows yet, and says which is pending', () => {
		const latestOnly = { sources, wages: [wage({ sourceId: 'oews-national-2025' })] };
		expect(shownRelease(latestOnly, '2024')).toMatchObject({ release: { id: 'oews-national-2025' }, pending: { id: 'oews-national-2024' } });
		const all = { sources, wages: [...latestOnly.wages, wage({ sourceId: 'oews-national-2024' })] };
		expect(shownRelease(all, '2024')).toMatchObject({ release: { id: 'oews-national-2024' }, pending: null });
	});

	it('reads pay and release together for the overview and the ladder, and writes back only what differs', () => {
		const page = releasePage({ sources, wages: [wage({ sourceId: 'oews-national-2025' })] }, new URLSearchParams('?pay=weekly'));
		expect(page.choices).toEqual({ basis: 'annual', release: '2025' });
		expect(page.invalid).toEqual(['Pay "weekly" is not one of: annual, hourly']);
		expect(page.search({ basis: 'hourly' })).toBe('?pay=hourly');
		expect(page.search({ release: '2024' })).toBe('?release=2024');
	});

	it.each([
		[['', ''], ''],
		[['?a=1', ''], '?a=1'],
		[['?a=1', '?b=2'], '?a=1&b=2'],
		[['', 'b=2'], '?b=2']
	])('joinSearch(%j) → %s', (parts, joined) => expect(joinSearch(...parts)).toBe(joined));
});
