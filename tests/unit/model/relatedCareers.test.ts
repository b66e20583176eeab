import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/schema';
import { emptyDataset } from '../../../src/lib/model/dataset';
import { relatedCareers } from '../../../src/lib/model/relatedCareers';
import { career, projection, wage, wageSet } from '../../fixtures/model/build';

const NA: Figure = { missing: 'notAvailable' };
const TOP: Figure = { missing: 'topCoded' };
const careers = [
	career('00-0000', 'All Occupations', [], { group: 'reference' }),
	career('11-9111', 'Medical and Health Services Managers', [], { group: 'coding' }),
	career('29-1021', 'Dentists, General'),
	career('29-1024', 'Prosthodontists'),
	career('29-1071', 'Physician Assistants'),
	career('29-1122', 'Occupational Therapists'),
	career('29-1151', 'Nurse Anesthetists'),
	career('29-1211', 'Anesthesiologists'),
	career('29-2010', 'Clinical Laboratory Technologists and Technicians'),
	career('29-2032', 'Diagnostic Medical Sonographers'),
	career('29-2033', 'Nuclear Medicine Technologists'),
	career('29-2034', 'Radiologic Technologists'),
	career('29-2036', 'Medical Dosimetrists'),
	career('29-2072', 'Medical Records Specialists', [], { group: 'coding' }),
	career('29-2098', 'Hybrid May 2020 code'),
	career('29-9021', 'Health Information Technologists', [], { group: 'coding' }),
	career('29-9093', 'Surgical Assistants')
];
const pay = (soc: string, median: Figure) => wage({ soc, annual: wageSet(1, 1, median, 1, 1) });
const wages = [
	pay('11-9111', 117960),
	pay('29-1021', 172790),
	pay('29-1024', NA),
	pay('29-1071', 133260),
	pay('29-1122', 98340),
	pay('29-1151', 223210),
	pay('29-1211', TOP),
	pay('29-2010', 62930),
	pay('29-2032', 89340),
	pay('29-2033', 97020),
	pay('29-2034', 77660),
	pay('29-2036', 132880),
	pay('29-2072', 48780),
	pay('29-9021', 67310),
	pay('29-9093', 60290)
];
const edu = (soc: string, education: string) => projection({ soc, education });
const projections = [
	edu('29-2033', "Associate's degree"),
	edu('29-2034', "Associate's degree"),
	edu('29-2032', "Associate's degree"),
	edu('29-2010', "Bachelor's degree"),
	edu('29-2036', "Bachelor's degree")
];
const data = { ...emptyDataset(), careers, wages, projections };
const related = (soc: string, max?: number) => relatedCareers(data, soc, 'oews-national-2023', max);

describe('relatedCareers', () => {
	it.each([
		['coding role: the other coding roles', '29-2072', ['11-9111', '29-9021']],
		['physician assistants: the curated anesthesia team, a top-coded median still counts', '29-1071', ['29-1151', '29-1211', '29-9093']],
		['same minor group, same education first, then closest pay; 29-2098 (no median) left out', '29-2033', ['29-2032', '29-2034', '29-2010', '29-2036', '29-2072']],
		['minor group 29-11 only', '29-1122', ['29-1151']],
		['no published median is never picked: not 29-1024', '29-1021', ['29-1071']],
		['a code not in the data', '99-9999', []]
	])('%s', (_n, soc, expected) => expect(related(soc).careers.map((c) => c.soc)).toEqual(expected));

	it.each([
		['29-2033', /^Same SOC minor group \(29-20xx\), the same typical entry education \(Associate's degree\) first, then the closest median pay; careers without a published median are left out\.$/],
		['29-1122', /^Same SOC minor group \(29-11xx\), then the closest median pay/],
		['29-1071', /anesthesia care team/],
		['29-2072', /coding and health-information roles/],
		['99-9999', /^$/]
	])('%s states its rule', (soc, rule) => expect(related(soc).rule).toMatch(rule));

	it('caps the list', () => expect(related('29-2033', 1).careers).toHaveLength(1));
});
