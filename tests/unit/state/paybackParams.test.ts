import { describe, expect, it } from 'vitest';
import { boundedNumber } from '../../../src/lib/state/paramTable';
import { DEFAULT_HORIZON, paybackEntries, paybackToSearch, parsePayback } from '../../../src/lib/state/paybackParams';

const SOCS = ['29-2072', '29-2033'];
const parse = (search: string) => parsePayback(new URLSearchParams(search), SOCS);

describe('parsePayback / paybackToSearch', () => {
	it.each([
		'',
		'?horizon=30',
		'?pct=p75',
		'?years_29-2033=3',
		'?tuition_29-2033=12000',
		'?years_29-2072=0.33&tuition_29-2072=4000',
		'?horizon=10&pct=p25&years_29-2072=0&years_29-2033=2.5&tuition_29-2033=0'
	])('round-trips %j', (search) => {
		const { state, invalid } = parse(search);
		expect(invalid).toEqual([]);
		expect(paybackToSearch(state, SOCS, new URLSearchParams())).toBe(search);
	});

	it('reads the values', () => {
		expect(parse('?horizon=12&pct=p25&years_29-2033=3&tuition_29-2033=$12,500').state).toEqual({ horizon: 12, percentile: 'p25', years: { '29-2033': 3 }, tuition: { '29-2033': 12500 } });
	});

	it('the defaults: 20 years, median, nothing edited, no tuition', () => {
		expect(parse('').state).toEqual({ horizon: DEFAULT_HORIZON, percentile: 'median', years: {}, tuition: {} });
	});

	it.each([
		['?horizon=0', 'Horizon "0"', { horizon: DEFAULT_HORIZON }],
		['?horizon=2.5', 'whole number', { horizon: DEFAULT_HORIZON }],
		['?horizon=99', 'from 1 to 45', { horizon: DEFAULT_HORIZON }],
		['?pct=p90', 'Pay percentile "p90"', { percentile: 'median' }],
		['?years_29-2033=-1', 'between 0 and 15', { years: {} }],
		['?years_29-2033=many', 'is not a number', { years: {} }],
		['?tuition_29-2033=-500', 'between 0 and 500000', { tuition: {} }]
	])('%j → default and a notice naming %j', (search, notice, expected) => {
		const { state, invalid } = parse(search);
		expect(invalid.join(' ')).toContain(notice);
		expect(state).toMatchObject(expected);
	});

	it('keeps the page’s other parameters and drops values of careers no longer shown', () => {
		const current = new URLSearchParams('careers=29-2072,29-2033&ref=29-2072&years_11-9111=4&horizon=8');
		const { state } = parsePayback(current, SOCS);
		expect(paybackToSearch({ ...state, tuition: { '29-2033': 9000 } }, SOCS, current)).toBe('?careers=29-2072,29-2033&ref=29-2072&horizon=8&tuition_29-2033=9000');
	});

	it('names its own entries in a search, for other controls to carry over', () => {
		expect(paybackEntries(new URLSearchParams('careers=a&horizon=8&pct=p75&years_x=1&tuition_y=2&release=2024'))).toEqual({ horizon: '8', pct: 'p75', years_x: '1', tuition_y: '2' });
	});
});

describe('boundedNumber', () => {
	const p = boundedNumber('n', 'N', 0, 10);
	it.each<[string, unknown]>([
		['0', { value: 0 }],
		['10', { value: 10 }],
		['', { value: null }],
		['11', { invalid: 'N "11" must be between 0 and 10' }],
		['x', { invalid: 'N "x" is not a number' }]
	])('%j → %j', (raw, expected) => expect(p.read(raw)).toEqual(expected));
});
