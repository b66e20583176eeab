import { describe, expect, it } from 'vitest';
import { yearsOfTraining } from '../../../src/lib/model/yearsOfTraining';

describe('yearsOfTraining', () => {
	it.each([
		['No formal educational credential', 0],
		['High school diploma or equivalent', 0],
		['Postsecondary nondegree award', 1],
		['Some college, no degree', 1],
		["Associate's degree", 2],
		["Bachelor's degree", 4],
		["Master's degree", 6],
		['Doctoral or professional degree', 8],
		// Spelling variants of the same category still map.
		['  bachelor’s   DEGREE ', 4],
		['Associate`s degree', 2],
		// Unknown or blank: no guess.
		['', null],
		['Apprenticeship', null],
		["Bachelor's", null]
	])('%j → %j', (education, years) => {
		expect(yearsOfTraining(education)).toBe(years);
	});
});
