import { describe, expect, it } from 'vitest';
import { parsePayFilters, parseSalary, payFiltersToSearch, salaryIn, type PayFilterContext, type PayFilters } from '../../../src/lib/state/payFilters';

const defaults: PayFilters = { career: '29-2072', vs: '', state: '', salary: null, basis: 'annual', release: '2025', sort: 'employment', order: 'high', prices: 'published', dim: 'credential', cred: '', years: 'latest', dollars: 'nominal' };
const ctx: PayFilterContext = {
	careers: new Set(['29-2072', '29-9021', '11-9111']),
	releases: ['2021', '2023', '2024', '2025'],
	states: new Set(['AL', 'CA', 'PR']),
	dimensions: new Set(['credential', 'experience']),
	credentials: new Set(['CPC', 'CPMA', 'CPB (Certified Professional Biller)']),
	defaults
};
const parse = (search: string) => parsePayFilters(new URLSearchParams(search), ctx);

describe('parseSalary', () => {
	it.each([
		['48780', 48780],
		['$48,780', 48780],
		[' 23.45 ', 23.45],
		['48,780.50', 48780.5],
		['0', null],
		['-5', null],
		['abc', null],
		['', null],
		['1e5', null],
		['20000000', null]
	])('%j → %j', (text, value) => expect(parseSalary(text)).toBe(value));
});

describe('parsePayFilters / payFiltersToSearch', () => {
	it.each([
		[''],
		['?career=29-9021'],
		['?career=29-9021&vs=11-9111'],
		['?state=AL&salary=48780&release=2023'],
		['?salary=23.45&pay=hourly'],
		['?sort=median&order=name&dim=experience'],
		['?years=all'],
		['?years=all&dollars=real'],
		['?prices=rpp'],
		['?state=AL&order=low&prices=rpp'],
		['?cred=CPB+%28Certified+Professional+Biller%29'],
		['?career=11-9111&vs=29-9021&state=PR&salary=120000&release=2021&sort=median&order=low&dim=experience&cred=CPMA']
	])('round-trips %j', (search) => {
		const { filters, invalid } = parse(search);
		expect(invalid).toEqual([]);
		expect(payFiltersToSearch(filters, defaults)).toBe(search);
	});

	it('omits defaults', () => expect(payFiltersToSearch(defaults, defaults)).toBe(''));
	it('reads a state in any case and writes it upper-case', () => {
		const { filters } = parse('?state=ca');
		expect(filters.state).toBe('CA');
		expect(payFiltersToSearch(filters, defaults)).toBe('?state=CA');
	});

	it.each([
		['?career=99-9999', 'Unknown career code "99-9999"', { career: '29-2072' }],
		['?vs=99-9999', 'Unknown second career', { vs: '' }],
		['?vs=29-2072', 'same as the first', { vs: '' }],
		['?state=ZZ', 'State "ZZ"', { state: '' }],
		['?salary=lots', 'Salary "lots"', { salary: null }],
		['?salary=-3', 'Salary "-3"', { salary: null }],
		['?pay=weekly', 'annual or hourly', { basis: 'annual' }],
		['?release=1999', 'Release "1999"', { release: '2025' }],
		['?sort=pay', 'employment or median', { sort: 'employment' }],
		['?order=up', 'high, low or name', { order: 'high' }],
		['?dim=shoe-size', 'Survey breakdown "shoe-size"', { dim: 'credential' }],
		['?cred=XYZ', 'Credential "XYZ"', { cred: '' }],
		['?years=some', 'Survey years "some"', { years: 'latest' }],
		['?dollars=2025', 'Dollars "2025"', { dollars: 'nominal' }],
		['?prices=adjusted', 'State pay "adjusted" must be published or rpp', { prices: 'published' }]
	] as const)('%j → notice %j and the default', (search, notice, expected) => {
		const { filters, invalid } = parse(search);
		expect(invalid.join(' ')).toContain(notice);
		expect(filters).toMatchObject(expected);
	});

	it('keeps the valid parts of a partly invalid link', () => {
		const { filters, invalid } = parse('?career=29-9021&salary=abc&state=AL');
		expect(invalid).toHaveLength(1);
		expect(filters).toMatchObject({ career: '29-9021', state: 'AL', salary: null });
	});
	it('empty values are no choice, not an error', () => {
		expect(parse('?vs=&state=&salary=&cred=').invalid).toEqual([]);
	});

	it('lists every notice of a link, in the order of its parameters', () => {
		const { filters, invalid } = parse('?career=99&vs=29-2072&state=ZZ&salary=x&pay=weekly&release=1&sort=a&order=b&prices=c&dim=d&cred=e&years=f&dollars=g');
		expect(invalid).toEqual([
			'Unknown career code "99"',
			'The second career "29-2072" is the same as the first',
			'State "ZZ" is not in the data (use a postal code such as AL or PR)',
			'Salary "x" is not an amount above zero',
			'Pay "weekly" must be annual or hourly',
			'Release "1" is not in the data (available: 2021, 2023, 2024, 2025)',
			'Sort "a" must be employment or median',
			'State order "b" must be high, low or name',
			'State pay "c" must be published or rpp',
			'Survey breakdown "d" is not in the data (available: credential, experience)',
			'Credential "e" has no survey figure in the data',
			'Survey years "f" must be latest or all',
			'Dollars "g" must be nominal or real'
		]);
		expect(filters).toEqual(defaults);
	});

	it('trims career codes and quotes them as written', () => {
		expect(parse('?career=%2029-9021%20&vs=%2011-9111').filters).toMatchObject({ career: '29-9021', vs: '11-9111' });
		expect(parse('?vs=%20').invalid).toEqual(['Unknown second career code " "']);
	});
});

describe('salaryIn', () => {
	it.each([
		[48000, 'annual', 'hourly', 23.08],
		[48780, 'annual', 'hourly', 23.45],
		[23.45, 'hourly', 'annual', 48776],
		[48000, 'annual', 'annual', 48000],
		[null, 'annual', 'hourly', null]
	] as const)('%j %s → %s is %j', (salary, from, to, expected) => expect(salaryIn(salary, from, to)).toBe(expected));
});
