import { describe, expect, it } from 'vitest';
import { socTextParts } from '../../../src/lib/model/socTextParts';

describe('socTextParts', () => {
	it.each([
		['', []],
		['no code here', [['no code here', false]]],
		['29-2098', [['29-2098', true]]],
		['inside the combined code 29-2098.', [['inside the combined code ', false], ['29-2098', true], ['.', false]]],
		['29-1071.01 under 29-1071', [['29-1071.01', true], [' under ', false], ['29-1071', true]]],
		['(29-2072), or 29-9021', [['(', false], ['29-2072', true], ['), or ', false], ['29-9021', true]]],
		// Longer numbers and dates are not codes.
		['2024-2034 and 129-20721', [['2024-2034 and 129-20721', false]]],
		['May 2019–2020', [['May 2019–2020', false]]]
	] as const)('%j', (text, parts) => {
		expect(socTextParts(text).map((p) => [p.text, p.soc])).toEqual(parts);
	});
	it('loses no character', () => {
		const text = 'Gap at May 2020 (Medical Records Specialists 29-2072): In May 2020 BLS published 29-2098.';
		expect(socTextParts(text).map((p) => p.text).join('')).toBe(text);
	});
});
