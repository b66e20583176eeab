import { describe, expect, it } from 'vitest';
import { flag, listOf, oneOf, optionalNumber, parseParams, paramsToSearch, text } from '../../../src/lib/state/paramTable';

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
