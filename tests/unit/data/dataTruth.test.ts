/** Named published figures, checked in the tidy files the app ships (data/). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WageRecord } from '../../../src/lib/data/schema';
import { careerCodec, certificationCodec, importTidy, projectionCodec, sourceCodec, surveyCodec } from '../../../src/lib/data/tidyCodecs';
import { importTidyWages } from '../../../src/lib/data/tidyWages';
import { searchCareers } from '../../../src/lib/model/searchCareers';
import { rppCodec } from '../../../src/lib/data/rppCodec';
import { cpiCodec } from '../../../src/lib/data/cpiCodec';
import { onetCodec } from '../../../src/lib/data/onetCodec';
import { aiApplicabilityCodec, aiExposureCodec, teleworkCodec } from '../../../src/lib/data/researchCodecs';
import { CODING_CAREERS, COMPARED_CAREERS } from '../../../src/lib/model/featuredCareers';
import { summarizePay } from '../../../src/lib/model/summarizePay';

const read = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');

function wages(name: string) {
	const result = importTidyWages(read(name), name);
	expect(result.problems).toEqual([]);
	return result.rows;
}

const find = (rows: WageRecord[], soc: string, naics = '000000', area = '99') =>
	rows.find((r) => r.soc === soc && r.naics === naics && r.areaCode === area && r.level !== 'broad');

describe('OEWS national figures in data/', () => {
	const y2023 = wages('oews-national-2023.csv');
	it.each([
		['29-2072', 'median', 48780],
		['29-2072', 'p10', 35080],
		['29-2072', 'p90', 77810],
		['29-2036', 'median', 132880]
	] as const)('May 2023 %s annual %s is %d', (soc, stat, value) => {
		expect(find(y2023, soc)?.annual[stat]).toBe(value);
	});
	it('May 2023 29-2072 employment is 185,690', () => expect(find(y2023, '29-2072')?.employment).toBe(185690));
	it('featured-wages.csv is exactly the latest release\'s rows for the overview\'s careers', () => {
		const featured = [...CODING_CAREERS, ...COMPARED_CAREERS];
		const latestFile = readdirSync(new URL('../../../data/', import.meta.url)).filter((f) => /^oews-national-\d{4}\.csv$/.test(f)).sort().at(-1)!;
		const latest = read(latestFile).split('\n');
		const slice = read('featured-wages.csv').split('\n');
		expect(slice[0]).toBe(latest[0]);
		expect(slice.slice(1)).toEqual(latest.slice(1).filter((line) => line === '' || featured.includes(line.split(',')[2])));
		expect(new Set(wages('featured-wages.csv').map((r) => r.soc))).toEqual(new Set(featured));
	});
	it('May 2019 (read from the BLS workbook) has the hybrid 29-2098, median $42,630, and no 29-2072', () => {
		const y2019 = wages('oews-national-2019.csv');
		expect(find(y2019, '29-2072')).toBeUndefined();
		expect([find(y2019, '29-2098')?.annual.median, find(y2019, '29-2098')?.employment]).toEqual([42630, 331790]);
	});
	it('compliance officers (13-1041), a ladder step, ship their national rows', () => {
		expect(find(wages('oews-national-2019.csv'), '13-1041')?.annual.median).toBe(69050);
		expect(find(wages('oews-national-2025.csv'), '13-1041')?.level).toBe('detailed');
	});
	it('May 2024 29-2072 median is $50,250', () => expect(find(wages('oews-national-2024.csv'), '29-2072')?.annual.median).toBe(50250));
	it('May 2025 29-2072 median is $51,140 and employment 194,720', () => {
		const r = find(wages('oews-national-2025.csv'), '29-2072');
		expect([r?.annual.median, r?.employment]).toEqual([51140, 194720]);
	});
	it('May 2020 has the hybrid 29-2098 and no 29-2072', () => {
		const y2020 = wages('oews-national-2020.csv');
		expect(find(y2020, '29-2072')).toBeUndefined();
		expect(find(y2020, '29-2098')?.annual.median).toBe(44090);
		expect(find(y2020, '29-2098')?.employment).toBe(318010);
	});
	it('a top-coded wage is stored as top-coded, never as 239,200', () => {
		const text = read('oews-national-2024.csv');
		expect(text).not.toMatch(/,239200,/);
		const anesthesiologists = find(wages('oews-national-2024.csv'), '29-1211');
		expect(anesthesiologists?.annual.median).toEqual({ missing: 'topCoded' });
	});
	it('May 2025 publishes high wages in full: no top-coded status, anesthesiologists median $391,490', () => {
		const y2025 = wages('oews-national-2025.csv');
		expect(read('oews-national-2025.csv')).not.toContain('topCoded');
		expect(find(y2025, '29-1211')?.annual.median).toBe(391490);
	});
	it('national rows are U.S., cross-industry, all ownerships', () => {
		expect(find(y2023, '29-2072')).toMatchObject({ area: 'U.S.', areaType: 'national', industry: 'Cross-industry', ownCode: '1235' });
	});
	it('SOC codes stay text in every row', () => {
		for (const r of y2023) expect(r.soc).toMatch(/^\d{2}-\d{4}$/);
	});
});

describe('pay by setting and state in data/', () => {
	it('insurance carriers 29-2072 median is $63,790 (May 2024)', () => {
		const r = find(wages('oews-industry-2024.csv'), '29-2072', '524100');
		expect(r?.annual.median).toBe(63790);
		expect(r?.employment).toBe(4430);
	});
	it.each([
		['62', 48690, 122640],
		['52', 63360, 5790],
		['55', 60750, 16260]
	])('sector %s 29-2072 median %d, employment %d (May 2024)', (naics, median, employment) => {
		const r = find(wages('oews-industry-2024.csv'), '29-2072', naics);
		expect([r?.annual.median, r?.employment]).toEqual([median, employment]);
	});
	it('May 2023 sector codes are restored to the BLS spelling', () => {
		const codes = new Set(wages('oews-industry-2023.csv').map((r) => r.naics));
		expect(codes.has('31-33')).toBe(true);
		expect(codes.has('31')).toBe(false);
	});
	it('Alabama 29-2072 mean is $42,970 (May 2023), California $64,070', () => {
		const states = wages('oews-state-2023.csv');
		expect(find(states, '29-2072', '000000', '01')?.annual.mean).toBe(42970);
		expect(find(states, '29-2072', '000000', '06')?.annual.mean).toBe(64070);
		expect(find(states, '29-2072', '000000', '01')?.annual.median).toEqual({ missing: 'notInRelease' });
	});
	it('state file covers 50 states, DC, PR, GU and VI', () => {
		const areas = new Set(wages('oews-state-2023.csv').map((r) => r.areaCode));
		expect(areas.size).toBe(54);
	});
});

describe('projections and lists in data/', () => {
	const projections = importTidy(projectionCodec, read('projections.csv'), 'projections.csv');
	it('reads without problems', () => expect(projections.problems).toEqual([]));
	it('29-2072 grows 194.8k → 208.6k, +13.8k, +7.1 %, 14.2k openings a year, median $50,250', () => {
		const p = projections.rows.find((r) => r.soc === '29-2072')!;
		expect([p.employmentBase, p.employmentTarget, p.change, p.percentChange, p.openingsPerYear, p.medianWage]).toEqual([
			194.8, 208.6, 13.8, 7.1, 14.2, 50250
		]);
		expect(p.education).toBe('Postsecondary nondegree award');
	});
	it('careers find coders and anesthesiologist assistants', () => {
		const careers = importTidy(careerCodec, read('careers.csv'), 'careers.csv').rows;
		expect(careers.find((c) => c.soc === '29-2072')?.aliases).toContain('medical coder');
		expect(careers.find((c) => c.soc === '29-1071')?.note).toMatch(/anesthesiologist assistants/);
		expect(careers.find((c) => c.soc === '29-2072')?.group).toBe('coding');
	});
	it('every source id used in the data is listed in sources.csv with top-code thresholds for OEWS', () => {
		const sources = importTidy(sourceCodec, read('sources.csv'), 'sources.csv').rows;
		const ids = new Set(sources.map((s) => s.id));
		for (const name of ['oews-national-2024.csv', 'oews-industry-2024.csv', 'oews-state-2023.csv'])
			for (const r of wages(name)) expect(ids.has(r.sourceId)).toBe(true);
		expect(sources.find((s) => s.id === 'oews-national-2024')?.topCodeAnnual).toBe(239200);
		expect(sources.find((s) => s.id === 'oews-national-2020')?.topCodeAnnual).toBe(208000);
	});
});

describe('codes BLS lists at two levels (broad and detailed) in data/', () => {
	const y2025 = wages('oews-national-2025.csv');
	it.each([
		['29-2010', 'Clinical Laboratory Technologists and Technicians', 62930],
		['31-1120', 'Home Health and Personal Care Aides', 35800]
	])('May 2025 %s %s median is $%d, as summarizePay reads it', (soc, _title, median) => {
		expect(new Set(y2025.filter((r) => r.soc === soc).map((r) => r.level))).toEqual(new Set(['broad', 'detailed']));
		expect(summarizePay(y2025, soc, 'oews-national-2025', 'annual')?.median).toBe(median);
	});
	it('every career with a national row in each release has one pay summary there', () => {
		const careers = importTidy(careerCodec, read('careers.csv'), 'careers.csv').rows;
		for (const year of ['2020', '2021', '2023', '2024', '2025']) {
			const rows = wages(`oews-national-${year}.csv`);
			const listed = careers.filter((c) => rows.some((r) => r.soc === c.soc));
			expect(listed.filter((c) => summarizePay(rows, c.soc, `oews-national-${year}`, 'annual') === null).map((c) => c.soc), year).toEqual([]);
		}
	});
	it('careers.csv labels 29-2040 a broad occupation (broad only from May 2021)', () => {
		const emt = importTidy(careerCodec, read('careers.csv'), 'careers.csv').rows.find((c) => c.soc === '29-2040');
		expect(emt?.level).toBe('broad');
		expect(emt?.note).toMatch(/broad occupation/);
	});
});

describe('certifications.csv in data/', () => {
	it('every fact names a source listed in sources.csv', () => {
		const facts = importTidy(certificationCodec, read('certifications.csv'), 'certifications.csv');
		expect(facts.problems).toEqual([]);
		const ids = new Set(importTidy(sourceCodec, read('sources.csv'), 'sources.csv').rows.map((s) => s.id));
		expect(new Set(facts.rows.map((f) => f.sourceId))).toEqual(new Set(['certification-facts']));
		for (const f of facts.rows) expect(ids.has(f.sourceId)).toBe(true);
	});
});

describe('survey additions in data/ (PROVENANCE §7)', () => {
	const surveys = importTidy(surveyCodec, read('surveys.csv'), 'surveys.csv');
	it('reads without problems', () => expect(surveys.problems).toEqual([]));
	it.each([
		['CRC (Certified Risk Adjustment Coder)', 74629],
		['CPC', 67147]
	])('AAPC 2025 %s mean is $%d, marked unverified', (category, value) => {
		const r = surveys.rows.find((s) => s.surveyYear === 2025 && s.dimension === 'credential' && s.category === category);
		expect(r).toMatchObject({ organization: 'AAPC', statistic: 'mean', value, unit: 'USD/year' });
		expect(r?.sourceKind).toMatch(/unverified.*verify before use/);
	});
	it('figures older than 2025 keep their source kind as published', () => {
		const cpc2016 = surveys.rows.find((s) => s.surveyYear === 2016 && s.category === 'CPC');
		expect(cpc2016?.value).toBe(52690);
		expect(cpc2016?.sourceKind).not.toMatch(/unverified/);
	});
});

describe('O*NET 30.2 and research measures in data/', () => {
	const onet = importTidy(onetCodec, read('onet.csv'), 'onet.csv');
	it('reads without problems', () => expect(onet.problems).toEqual([]));
	it('29-2072.00 has 17 tasks and Job Zone 3', () => {
		const coder = onet.rows.filter((r) => r.onetSoc === '29-2072.00');
		expect(coder.filter((r) => r.kind === 'task')).toHaveLength(17);
		expect(coder.find((r) => r.kind === 'jobZone')?.text).toBe('3');
	});
	it('29-1071 holds physician assistants and anesthesiologist assistants (29-1071.01) by name', () => {
		const names = onet.rows.filter((r) => r.soc === '29-1071' && r.kind === 'occupation').map((r) => [r.onetSoc, r.text]);
		expect(names).toEqual([['29-1071.00', 'Physician Assistants'], ['29-1071.01', 'Anesthesiologist Assistants']]);
	});
	it('Eloundou et al.: 29-2072.00 GPT-4 beta 0.618, human beta 0.559', () => {
		const e = importTidy(aiExposureCodec, read('ai-exposure-eloundou.csv'), 'x').rows.find((r) => r.onetSoc === '29-2072.00')!;
		expect([e.gpt4Beta.toFixed(3), e.humanBeta.toFixed(3)]).toEqual(['0.618', '0.559']);
		expect(e.gpt4BetaPercentile).toBeGreaterThan(50);
	});
	it('Microsoft AI applicability: 29-2072 is 0.2706', () => {
		const m = importTidy(aiApplicabilityCodec, read('ai-applicability-microsoft.csv'), 'x').rows.find((r) => r.soc === '29-2072')!;
		expect(m.score.toFixed(4)).toBe('0.2706');
	});
	it('Dingel & Neiman: 29-2072 and 29-9021 take 29-2071’s classification (1)', () => {
		const t = importTidy(teleworkCodec, read('teleworkable-dingel-neiman.csv'), 'x').rows;
		expect(t.filter((r) => r.soc === '29-2072' || r.soc === '29-9021').map((r) => [r.soc, r.soc2010, r.teleworkable])).toEqual([
			['29-2072', '29-2071', 1],
			['29-9021', '29-2071', 1]
		]);
	});
});

describe('search over data/careers.csv, with O*NET reported titles', () => {
	const careers = importTidy(careerCodec, read('careers.csv'), 'careers.csv').rows;
	it.each([
		['coding specialist', '29-2072'],
		['medical records coordinator', '29-2072'],
		['health information clerk', '29-2072'],
		['compliance officer', '13-1041'],
		// A title or curated alias wins over a job title people reported to O*NET for another code.
		['dosimetrist', '29-2036'],
		['nuclear medicine', '29-2033'],
		['nurse anesthetist', '29-1151']
	])('"%s" finds %s first', (query, soc) => expect(searchCareers(careers, query)[0]?.career.soc).toBe(soc));
});

describe('CPI-U annual averages in data/', () => {
	const cpi = importTidy(cpiCodec, read('cpi-u.csv'), 'cpi-u.csv');
	it.each([
		[2025, 321.943],
		[2019, 255.657],
		[2005, 195.292]
	])('%i is %d', (year, index) => {
		expect(cpi.problems).toEqual([]);
		expect(cpi.rows.find((r) => r.year === year)?.index).toBe(index);
	});
});

describe('BEA Regional Price Parities 2023 in data/', () => {
	const rpp = importTidy(rppCodec, read('bea-rpp-2023.csv'), 'bea-rpp-2023.csv');
	it.each([
		['01', 89.097],
		['06', 112.195]
	])('state %s all items is %d', (fips, value) => {
		expect(rpp.problems).toEqual([]);
		expect(rpp.rows.find((r) => r.fips === fips)?.rpp).toBe(value);
	});
	it('50 states and DC', () => expect(rpp.rows).toHaveLength(51));
});
