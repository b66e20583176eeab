import { describe, expect, it } from 'vitest';
import { careerBySoc, emptyDataset, isNationalCrossIndustry, sourceById } from '../../../src/lib/model/dataset';
import { career, source, wage } from '../../fixtures/model/build';

const sources = [source('oews-2023', '2023-05-01'), source('oews-2024', '2024-05-01')];
const careers = [career('29-2072', 'Medical Records Specialists'), career('29-1071', 'Physician Assistants')];

describe('dataset lookups', () => {
	it.each([
		['oews-2024', 'oews-2024'],
		['oews-2023', 'oews-2023'],
		['unknown', undefined],
		['', undefined]
	])('sourceById(%j)', (id, expected) => expect(sourceById(sources, id)?.id).toBe(expected));

	it.each([
		['29-2072', '29-2072'],
		[' 29-1071 ', '29-1071'],
		['292072', undefined],
		['29-9999', undefined]
	])('careerBySoc(%j)', (soc, expected) => expect(careerBySoc(careers, soc)?.soc).toBe(expected));

	it.each([
		[wage(), true],
		[wage({ areaCode: '01', areaType: 'state' }), false],
		[wage({ naics: '622100' }), false],
		[wage({ naics: '62' }), false]
	])('isNationalCrossIndustry %#', (row, expected) => expect(isNationalCrossIndustry(row)).toBe(expected));

	it('emptyDataset has every collection, each empty', () => {
		const d = emptyDataset();
		expect(Object.values(d).every((v) => Array.isArray(v) && v.length === 0)).toBe(true);
		expect(Object.keys(d).sort()).toEqual(
			['areas', 'careers', 'certifications', 'projections', 'settings', 'sources', 'states', 'surveys', 'wages']
		);
	});
});
