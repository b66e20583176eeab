import { describe, expect, it } from 'vitest';
import { relatedCareers } from '../../../src/lib/model/relatedCareers';
import { career } from '../../fixtures/model/build';

const careers = [
	career('00-0000', 'All Occupations', [], { group: 'reference' }),
	career('11-9111', 'Medical and Health Services Managers', [], { group: 'coding' }),
	career('29-1071', 'Physician Assistants'),
	career('29-2033', 'Nuclear Medicine Technologists'),
	career('29-2034', 'Radiologic Technologists'),
	career('29-2036', 'Medical Dosimetrists'),
	career('29-2072', 'Medical Records Specialists', [], { group: 'coding' }),
	career('29-9021', 'Health Information Technologists', [], { group: 'coding' })
];

describe('relatedCareers', () => {
	it.each([
		['29-2072', ['11-9111', '29-9021']],
		['29-2033', ['29-2034', '29-2036', '29-2072']],
		['29-1071', []],
		['99-9999', []]
	])('%s → %j', (soc, expected) => expect(relatedCareers(careers, soc).map((c) => c.soc)).toEqual(expected));
	it('caps the list', () => expect(relatedCareers(careers, '29-2033', 1)).toHaveLength(1));
});
