import { describe, expect, it } from 'vitest';
import { fitText } from '../../../src/lib/charts/fitText';

describe('fitText', () => {
	it.each([
		['Dosimetrists', 20, 'Dosimetrists'],
		['Dosimetrists', 12, 'Dosimetrists'],
		['Medical Records Specialists', 10, 'Medical R…'],
		['Medical Records Specialists', 9, 'Medical…'],
		['Nurse Anesthetists', 1, 'N…'],
		['Nurse Anesthetists', 0, 'N…']
	])('fits %j into %i characters as %j', (text, chars, expected) => {
		expect(fitText(text, chars)).toBe(expected);
	});
});
