import { describe, expect, it } from 'vitest';
import { filtersToSearch, parseFilters, type FilterContext, type Filters } from '../../../src/lib/state/filters';

const defaults: Filters = { careers: ['29-2072', '29-2033'], ref: '29-2072', release: '2025', basis: 'annual' };
const ctx: FilterContext = {
	careers: new Set(['29-2072', '29-2033', '29-2036', '29-1071', '29-1151', '29-1124', '29-2034']),
	releases: ['2021', '2023', '2024', '2025'],
	defaults
};
const parse = (search: string) => parseFilters(new URLSearchParams(search), ctx);

describe('parseFilters / filtersToSearch', () => {
	it.each([
		[''],
		['?careers=29-2036,29-1071'],
		['?careers=29-2036,29-1071&ref=29-1071'],
		['?release=2023&pay=hourly'],
		['?careers=29-2072,29-2033,29-2036,29-1071,29-1151,29-1124&ref=29-2036&release=2021&pay=hourly'],
		['?dollars=real'],
		['?pay=hourly&dollars=real']
	])('round-trips %j', (search) => {
		const { filters, invalid } = parse(search);
		expect(invalid).toEqual([]);
		expect(filtersToSearch(filters, defaults)).toBe(search);
	});

	it('omits defaults', () => expect(filtersToSearch(defaults, defaults)).toBe(''));

	it.each<[string, string, string[]]>([
		['', 'nominal', []],
		['?dollars=nominal', 'nominal', []],
		['?dollars=real', 'real', []],
		['?dollars=2025', 'nominal', ['Dollars "2025" must be nominal or real']]
	])('dollars in %j → %s', (search, dollars, invalid) => {
		const parsed = parse(search);
		expect(parsed.filters.dollars).toBe(dollars);
		expect(parsed.invalid).toEqual(invalid);
	});

	it.each([
		['?careers=99-9999', 'Unknown career', defaults.careers],
		['?careers=29-2072,nonsense,29-2036', 'Unknown career', ['29-2072', '29-2036']],
		['?careers=29-2072,29-2033,29-2036,29-1071,29-1151,29-1124,29-2034', 'At most 6', ['29-2072', '29-2033', '29-2036', '29-1071', '29-1151', '29-1124']],
		['?careers=', '', defaults.careers]
	])('%j → notice %j and careers fall back', (search, notice, careers) => {
		const { filters, invalid } = parse(search);
		expect(filters.careers).toEqual(careers);
		if (notice) expect(invalid.join(' ')).toContain(notice);
		else expect(invalid).toEqual([]);
	});

	it.each([
		['?release=1999', 'Release "1999"', { release: '2025' }],
		['?pay=weekly', 'must be annual or hourly', { basis: 'annual' }],
		['?ref=29-2036', 'not among the careers', { ref: '29-2072' }]
	])('%j → default plus notice', (search, notice, expected) => {
		const { filters, invalid } = parse(search);
		expect(invalid.join(' ')).toContain(notice);
		expect(filters).toMatchObject(expected);
	});

	it('duplicates are removed and the reference follows the first career when the default is absent', () => {
		const { filters } = parse('?careers=29-2036,29-2036,29-1071');
		expect(filters.careers).toEqual(['29-2036', '29-1071']);
		expect(filters.ref).toBe('29-2036');
	});

	it('lists every notice of a link, in the order of its parameters', () => {
		const { filters, invalid } = parse('?careers=29-2072,x,29-2033,29-2036,29-1071,29-1151,29-1124,29-2034&ref=zz&release=1999&pay=weekly&dollars=2025');
		expect(invalid).toEqual([
			'Unknown career code "x"',
			'At most 6 careers can be compared; the first 6 are shown',
			'Reference career "zz" is not among the careers shown',
			'Release "1999" is not in the data (available: 2021, 2023, 2024, 2025)',
			'Pay "weekly" must be annual or hourly',
			'Dollars "2025" must be nominal or real'
		]);
		expect(filters).toEqual({ careers: ['29-2072', '29-2033', '29-2036', '29-1071', '29-1151', '29-1124'], ref: '29-2072', release: '2025', basis: 'annual', dollars: 'nominal' });
	});

	it('writes extra params last and leaves out empty ones', () => {
		expect(filtersToSearch({ ...defaults, basis: 'hourly' }, defaults, { horizon: '8', pct: '' })).toBe('?pay=hourly&horizon=8');
	});
});
