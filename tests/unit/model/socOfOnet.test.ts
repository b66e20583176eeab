import { describe, expect, it } from 'vitest';
import { socOfOnet } from '../../../src/lib/model/socOfOnet';

describe('socOfOnet', () => {
	it.each<[string, string | null]>([
		['29-2072.00', '29-2072'],
		['29-1071.01', '29-1071'],
		['29-1071.00', '29-1071'],
		[' 11-9111.00 ', '11-9111'],
		['29-2072', null],
		['29-2072.0', null],
		['292072.00', null],
		['', null]
	])('%j → %j', (code, soc) => expect(socOfOnet(code)).toBe(soc));
});
