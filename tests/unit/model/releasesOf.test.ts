import { describe, expect, it } from 'vitest';
import { latestRelease, releasesOf } from '../../../src/lib/model/releasesOf';
import { source } from '../../fixtures/model/build';

const ep = source('ep-2024-34', '2024-09-01', { program: 'Employment Projections', release: '2024–34' });
const s2024 = source('oews-national-2024', '2024-05-01');
const s2020 = source('oews-national-2020', '2020-05-01');
const s2023 = source('oews-national-2023', '2023-05-01');
const sector2024 = source('oews-natsector-2024', '2024-05-01');
const lower = source('oews-national-2021', '2021-05-01', { program: ' oews ' });

describe('releasesOf', () => {
	it.each([
		['sorts OEWS by reference date', [s2024, ep, s2020, s2023], 'OEWS', ['oews-national-2020', 'oews-national-2023', 'oews-national-2024']],
		['same date: ordered by id', [sector2024, s2024], 'OEWS', ['oews-national-2024', 'oews-natsector-2024']],
		['program compared loosely', [s2023, lower], 'OEWS', ['oews-national-2021', 'oews-national-2023']],
		['another program', [s2024, ep], 'Employment Projections', ['ep-2024-34']],
		['no sources', [], 'OEWS', []],
		['no source of the program', [ep], 'OEWS', []]
	])('%s', (_name, sources, program, ids) => {
		expect(releasesOf(sources, program).map((s) => s.id)).toEqual(ids);
	});

	it('does not reorder the caller’s array', () => {
		const input = [s2024, s2020];
		releasesOf(input);
		expect(input).toEqual([s2024, s2020]);
	});
});

describe('latestRelease', () => {
	it.each([
		[[s2020, s2024, s2023, ep], 'oews-national-2024'],
		[[s2020], 'oews-national-2020'],
		[[ep], undefined],
		[[], undefined]
	])('%# → %s', (sources, id) => expect(latestRelease(sources)?.id).toBe(id));
});
