import { describe, expect, it } from 'vitest';
import { flag, listOf, mustBe, notInData, oneOf, optionalNumber, parseParams, paramsToSearch, replaceParams, searchString, someOf, text, wholeNumber, type Param } from '../../../src/lib/state/paramTable';

const TABLE = {
	size: oneOf('size', ['s', 'm', 'l'], 'm', 'Size'),
	q: text('q'),
	on: flag('on', 'On'),
	min: optionalNumber('min', 'Minimum'),
	cols: listOf('cols', ['a', 'b', 'c'], ['a', 'b'], 'column')
};
const parse = (search: string) => parseParams(new URLSearchParams(search), TABLE);

describe('parseParams / paramsToSearch', () => {
	it.each(['', '?size=l', '?q=nurse', '?on=1', '?min=80000', '?cols=c,a', '?size=s&q=a+b&on=1&min=-2.5&cols=b'])('round-trips %j', (search) => {
		const { values, invalid } = parse(search);
		expect(invalid).toEqual([]);
		expect(paramsToSearch(values, TABLE)).toBe(search);
	});

	it('omits defaults', () => expect(paramsToSearch({ size: 'm', q: '', on: false, min: null, cols: ['a', 'b'] }, TABLE)).toBe(''));

	it.each([
		['?size=xl', 'Size "xl"', { size: 'm' }],
		['?on=yes', 'must be 1 or 0', { on: false }],
		['?min=lots', 'is not a number', { min: null }],
		['?cols=a,zz', 'Unknown column "zz"', { cols: ['a', 'b'] }],
		['?cols=,', 'No known column', { cols: ['a', 'b'] }]
	])('%j → default and a notice naming %j', (search, notice, expected) => {
		const { values, invalid } = parse(search);
		expect(invalid.join(' ')).toContain(notice);
		expect(values).toMatchObject(expected);
	});

	it.each([
		['?min=$80,000', 80000],
		['?min=', null],
		['?q=%20%20coder%20', 'coder']
	])('%j reads as %j', (search, expected) => {
		const { values } = parse(search);
		expect(search.startsWith('?min') ? values.min : values.q).toBe(expected);
	});

	it('duplicates in a list are dropped', () => expect(parse('?cols=c,c,a').values.cols).toEqual(['c', 'a']));
});

describe('searchString', () => {
	it.each<[string, [string, string][], string]>([
		['no params', [], ''],
		['one param', [['pay', 'hourly']], '?pay=hourly'],
		['commas stay readable', [['careers', '29-2072,29-2033']], '?careers=29-2072,29-2033'],
		['spaces and brackets are encoded', [['cred', 'CPB (Biller)']], '?cred=CPB+%28Biller%29'],
		['an empty value is kept', [['q', '']], '?q='],
		['a literal "%2C" is still written encoded once', [['q', 'a%2Cb']], '?q=a%252Cb']
	])('%s', (_, entries, expected) => expect(searchString(new URLSearchParams(entries))).toBe(expected));

	it('round-trips through URLSearchParams', () => {
		const params = new URLSearchParams([['careers', 'a,b'], ['q', 'x & y']]);
		expect([...new URLSearchParams(searchString(params).slice(1))]).toEqual([...params]);
	});
});

describe('replaceParams', () => {
	const written = new URLSearchParams('slide=2');
	it.each<[string, string, Parameters<typeof replaceParams>[2], string]>([
		['keys of a table', 'careers=a&slide=5&pay=hourly', { slide: wholeNumber('slide', 1, 1, 9, () => '') }, 'careers=a&pay=hourly&slide=2'],
		['keys a test accepts', 'years_x=1&careers=a&years_y=2', (k) => k.startsWith('years_'), 'careers=a&slide=2'],
		['nothing owned', 'careers=a', () => false, 'careers=a&slide=2']
	])('%s', (_, current, owns, expected) => expect(replaceParams(new URLSearchParams(current), written, owns).toString()).toBe(expected));
});

describe('oneOf with a notice, a tidy step and blanks', () => {
	const state = oneOf('state', new Set(['AL', 'CA']), '', (raw) => `State "${raw}" is not in the data`, { tidy: (r) => r.trim().toUpperCase(), blankIsDefault: true });
	const pay = oneOf('pay', ['annual', 'hourly'], 'annual', mustBe('Pay'));
	const order = oneOf('order', ['high', 'low', 'name'], 'high', mustBe('State order'));
	const release = oneOf('release', ['2023', '2024'], '2024', notInData('Release'));
	it.each<[string, Param<string>, string, unknown]>([
		['tidied', state, ' ca ', { value: 'CA' }],
		['blank is the default', state, '', { value: '' }],
		['spaces are not blank', state, ' ', { invalid: 'State " " is not in the data' }],
		['the notice quotes the text as written', state, 'zz', { invalid: 'State "zz" is not in the data' }],
		['two options', pay, 'weekly', { invalid: 'Pay "weekly" must be annual or hourly' }],
		['three options', order, 'up', { invalid: 'State order "up" must be high, low or name' }],
		['options from the data', release, '1999', { invalid: 'Release "1999" is not in the data (available: 2023, 2024)' }],
		['no tidy step: case matters', pay, 'Annual', { invalid: 'Pay "Annual" must be annual or hourly' }],
		['no blank rule: empty is invalid', pay, '', { invalid: 'Pay "" must be annual or hourly' }],
		['valid', release, '2023', { value: '2023' }]
	])('%s: %j', (_, p, raw, expected) => expect(p.read(raw)).toEqual(expected));
});

describe('someOf', () => {
	const p = someOf('slides', ['pay', 'trend', 'growth'], ['pay', 'trend'], 'slide', 'slides are pay, trend, growth');
	const codes = someOf('careers', new Set(['a', 'b']), ['a'], 'career code');
	it.each<[string, Param<string[]>, string, unknown]>([
		['known ids in order', p, 'growth,pay', { value: ['growth', 'pay'] }],
		['duplicates dropped, spaces trimmed', p, ' trend , trend,pay', { value: ['trend', 'pay'] }],
		['an unknown id is named, the known kept', p, 'map,pay', { value: ['pay'], notice: 'Unknown slide "map" (slides are pay, trend, growth)' }],
		['several unknown ids', codes, 'x,b,y', { value: ['b'], notice: 'Unknown career codes "x", "y"' }],
		['none known: the default and a notice', codes, 'x', { invalid: 'Unknown career code "x"' }],
		['empty: the default, no notice', codes, '', { value: ['a'] }],
		['only commas: the default, no notice', codes, ',,', { value: ['a'] }]
	])('%s: %j', (_, param, raw, expected) => expect(param.read(raw)).toEqual(expected));

	it('parseParams reports the notice and keeps the value', () => {
		expect(parseParams(new URLSearchParams('careers=x,b'), { careers: codes })).toEqual({ values: { careers: ['b'] }, invalid: ['Unknown career code "x"'] });
	});
	it('writes the list with commas', () => expect(paramsToSearch({ careers: ['b', 'a'] }, { careers: codes })).toBe('?careers=b,a'));
});

describe('wholeNumber', () => {
	const p = wholeNumber('slide', 1, 1, 4, (raw) => `Slide "${raw}" is not between 1 and 4`);
	it.each<[string, unknown]>([
		['1', { value: 1 }],
		['4', { value: 4 }],
		[' 3 ', { value: 3 }],
		['0', { invalid: 'Slide "0" is not between 1 and 4' }],
		['5', { invalid: 'Slide "5" is not between 1 and 4' }],
		['2.5', { invalid: 'Slide "2.5" is not between 1 and 4' }],
		['two', { invalid: 'Slide "two" is not between 1 and 4' }],
		['', { invalid: 'Slide "" is not between 1 and 4' }]
	])('%j → %j', (raw, expected) => expect(p.read(raw)).toEqual(expected));
	it('writes the number, leaving out the default', () => {
		expect(paramsToSearch({ slide: 3 }, { slide: p })).toBe('?slide=3');
		expect(paramsToSearch({ slide: 1 }, { slide: p })).toBe('');
	});
});
