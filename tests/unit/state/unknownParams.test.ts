import { describe, expect, it } from 'vitest';
import { closestKey, unknownParams } from '../../../src/lib/state/unknownParams';

const KNOWN = ['q', 'sort', 'dir', 'cols', 'min_median', 'max_median', 'min_percent_change'];
const notices = (search: string) => unknownParams(new URLSearchParams(search), KNOWN);

describe('closestKey', () => {
	it.each([
		['min.median', 'min_median'],
		['MIN_MEDIAN', 'min_median'],
		['min-percent-change', 'min_percent_change'],
		['min_medain', 'min_median'],
		['sortt', 'sort'],
		['min_mediann', 'min_median']
	])('%j → %j', (typed, meant) => expect(closestKey(typed, KNOWN)).toBe(meant));

	it.each(['x', 'qq', 'height', 'minimum_median', 'salary'])('%j has no likely meaning', (typed) => expect(closestKey(typed, KNOWN)).toBeUndefined());
});

describe('unknownParams', () => {
	it('known keys give no notice', () => expect(notices('?q=nurse&sort=median&min_median=80000')).toEqual([]));

	it('names each unknown key once, in the link order, with the key it was likely meant as', () =>
		expect(notices('?min.median=80000&colour=red&min.median=90000')).toEqual([
			'"min.median" is not a setting of this page, so it was ignored (did you mean "min_median"?)',
			'"colour" is not a setting of this page, so it was ignored'
		]));

	it.each(['?utm_source=newsletter&utm_campaign=fall', '?fbclid=abc', '?gclid=1', '?msclkid=2'])('campaign and click tags pass: %j', (search) =>
		expect(notices(search)).toEqual([]));
});
