import { describe, expect, it } from 'vitest';
import { WAGE_STATS, type WageSet } from '../../../src/lib/data/schema';
import { summarizePay } from '../../../src/lib/model/summarizePay';
import { CRNA_2023_ANNUAL, TOP, wage } from '../../fixtures/model/build';

const mrs = wage();
const crna = wage({ soc: '29-1151', title: 'Nurse Anesthetists', employment: 47810, annual: CRNA_2023_ANNUAL });
const hospital = wage({ naics: '622100', industry: 'General Medical and Surgical Hospitals', annual: { ...mrs.annual, median: 57270 } });
const alabama = wage({ areaCode: '01', area: 'Alabama', areaType: 'state', annual: { ...mrs.annual, median: 40000 } });
const mrs2024 = wage({ sourceId: 'oews-national-2024', annual: { ...mrs.annual, median: 50250 } });
const wages = [hospital, alabama, mrs, crna, mrs2024];

describe('summarizePay', () => {
	it('copies the national cross-industry row of the asked release', () => {
		expect(summarizePay(wages, '29-2072', 'oews-national-2023', 'annual')).toEqual({
			soc: '29-2072',
			title: 'Medical Records Specialists',
			sourceId: 'oews-national-2023',
			basis: 'annual',
			mean: 53690,
			p10: 35080,
			p25: 39620,
			median: 48780,
			p75: 61960,
			p90: 77810,
			employment: 185690,
			employmentRse: 1
		});
	});

	it.each([
		['annual median', '29-2072', 'oews-national-2023', 'annual', 'median', 48780],
		['hourly median', '29-2072', 'oews-national-2023', 'hourly', 'median', 23.45],
		['other release', '29-2072', 'oews-national-2024', 'annual', 'median', 50250],
		['top-coded p90 kept as marker', '29-1151', 'oews-national-2023', 'annual', 'p90', TOP],
		['top-coded p75 kept as marker', '29-1151', 'oews-national-2023', 'annual', 'p75', TOP],
		['employment is people', '29-1151', 'oews-national-2023', 'annual', 'employment', 47810]
	] as const)('%s', (_n, soc, sourceId, basis, field, expected) => {
		expect(summarizePay(wages, soc, sourceId, basis)?.[field]).toEqual(expected);
	});

	it('keeps a "not released" hourly set as markers', () => {
		const notReleased = Object.fromEntries(WAGE_STATS.map((k) => [k, { missing: 'notReleased' }])) as WageSet;
		const annualOnly = wage({ soc: '25-2021', hourly: notReleased });
		expect(summarizePay([annualOnly], '25-2021', 'oews-national-2023', 'hourly')?.median).toEqual({ missing: 'notReleased' });
	});

	it.each([
		['unknown SOC', wages, '29-9999', 'oews-national-2023'],
		['unknown release', wages, '29-2072', 'oews-national-2019'],
		['only industry and state rows', [hospital, alabama], '29-2072', 'oews-national-2023'],
		['two national rows, neither all-ownership', [wage({ ownCode: '5' }), wage({ ownCode: '235' })], '29-2072', 'oews-national-2023'],
		['no rows', [], '29-2072', 'oews-national-2023']
	])('null when %s', (_n, rows, soc, sourceId) => {
		expect(summarizePay(rows, soc, sourceId, 'annual')).toBeNull();
	});

	it('prefers the all-ownership row when ownership rows sit beside it', () => {
		const rows = [wage({ ownCode: '5', annual: { ...mrs.annual, median: 1 } }), mrs];
		expect(summarizePay(rows, '29-2072', 'oews-national-2023', 'annual')?.median).toBe(48780);
	});
});

describe('summarizePay with a code BLS lists at two levels', () => {
	const lab = wage({ sourceId: 'oews-national-2025', soc: '29-2010', title: 'Clinical Laboratory Technologists and Technicians', annual: { ...mrs.annual, median: 62930 } });
	it.each([
		['broad then detailed', [{ ...lab, level: 'broad' as const }, lab]],
		['detailed then broad', [lab, { ...lab, level: 'broad' as const }]]
	])('finds the median (%s)', (_n, rows) => {
		expect(summarizePay(rows, '29-2010', 'oews-national-2025', 'annual')?.median).toBe(62930);
	});
});
