import { describe, expect, it } from 'vitest';
import { careerTitle, titleLookup } from '../../../src/lib/model/careerTitle';
import { career } from '../../fixtures/model/build';

const careers = [career('29-2072', 'Medical Records Specialists'), career('29-2033', 'Nuclear Medicine Technologists')];

describe('career titles', () => {
	it.each([
		['a code in the data', '29-2033', 'Nuclear Medicine Technologists', 'Nuclear Medicine Technologists'],
		['a code no career has', '29-9999', undefined, '29-9999'],
		// Codes are compared as the exact strings they are, never as numbers.
		['a code with a space', ' 29-2072', undefined, ' 29-2072']
	])('%s', (_n, soc, title, label) => {
		expect(careerTitle(careers, soc)).toBe(title);
		expect(titleLookup(careers)(soc)).toBe(label);
	});
});
