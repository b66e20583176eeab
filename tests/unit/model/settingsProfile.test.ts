import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/schema';
import { sectorOf, settingsProfile } from '../../../src/lib/model/settingsProfile';
import { wage, wageSet } from '../../fixtures/model/build';

const NA: Figure = { missing: 'notAvailable' };
const setting = (naics: string, industry: string, sourceId: string, employment: Figure, median: Figure, over = {}) =>
	wage({ sourceId, naics, industry, ownCode: '5', employment, annual: wageSet(1, 2, median, 4, 5), ...over });

const rows = [
	setting('62', 'Health Care and Social Assistance', 'oews-sector-2024', 122640, 48690, { ownCode: '58' }),
	setting('52', 'Finance and Insurance', 'oews-sector-2024', 5790, 63360),
	setting('524100', 'Insurance Carriers', 'oews-industry-2024', 4430, 63790),
	setting('622100', 'General Medical and Surgical Hospitals', 'oews-industry-2024', 48320, 57270, { ownCode: '235' }),
	setting('31-33', 'Manufacturing', 'oews-sector-2024', 100, 50380),
	setting('53', 'Real Estate', 'oews-sector-2024', NA, 50890),
	setting('62', 'Health Care and Social Assistance', 'oews-sector-2023', 120000, 47000, { ownCode: '58' }),
	setting('62', 'Health Care', 'oews-sector-2024', 999, 1, { soc: '29-9021' })
];

describe('sectorOf', () => {
	it.each([
		['524100', '52'],
		['621100', '62'],
		['321000', '31-33'],
		['441000', '44-45'],
		['999000', '']
	])('%s → %j', (naics, sector) => expect(sectorOf(naics, ['31-33', '44-45', '52', '62'])).toBe(sector));
});

describe('settingsProfile', () => {
	const profile = settingsProfile(rows, '29-2072', 'annual');
	it('keeps only the career and the May 2024 sector and industry sources', () => {
		expect(profile.map((r) => r.naics)).toEqual(['31-33', '52', '524100', '53', '62', '622100']);
	});
	it('marks industries with their sector and keeps figures as published', () => {
		const carriers = profile.find((r) => r.naics === '524100')!;
		expect(carriers).toMatchObject({ kind: 'industry', parent: '52', median: 63790, employment: 4430, ownCode: '5' });
		expect(profile.find((r) => r.naics === '53')!.employment).toEqual(NA);
		expect(profile.find((r) => r.naics === '62')).toMatchObject({ kind: 'sector', parent: '', ownCode: '58' });
	});
	it('reads the hourly set when asked', () => {
		expect(settingsProfile(rows, '29-2072', 'hourly')[0].median).toBe(23.45);
	});
	it('prefers the detailed row when a code is published at two levels', () => {
		const two = [setting('62', 'Health', 'oews-sector-2024', 10, 1, { level: 'broad' }), setting('62', 'Health', 'oews-sector-2024', 10, 2, { level: 'detailed' })];
		expect(settingsProfile(two, '29-2072', 'annual').map((r) => r.median)).toEqual([2]);
	});
	it('returns nothing for a career without rows', () => expect(settingsProfile(rows, '99-9999', 'annual')).toEqual([]));
	it('an industry whose sector is missing has no parent', () => {
		expect(settingsProfile([rows[3]], '29-2072', 'annual')[0]).toMatchObject({ kind: 'industry', parent: '' });
	});
});
