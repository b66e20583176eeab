import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS } from '../../../src/lib/model/explorerColumns';
import { exploreToSearch, parseExplore, type ExploreContext } from '../../../src/lib/state/exploreFilters';

const ctx: ExploreContext = { releases: ['2023', '2024', '2025', 'import-abc123-national'], defaultRelease: '2025', majors: ['13', '29', '31'], educations: ["Bachelor's degree", "Master's degree"] };
const parse = (search: string) => parseExplore(new URLSearchParams(search), ctx);

describe('parseExplore / exploreToSearch', () => {
	it.each([
		'',
		'?release=2023&pay=hourly',
		'?release=import-abc123-national',
		'?cols=median,percent_change,group',
		'?q=compliance&group=all',
		'?major=29&coding=1&edu=Master%27s+degree&nowage=hide',
		'?group=healthcare&sort=percent_change&dir=desc&min_median=80000',
		'?cols=employment,mean,mean_rse&min_mean=1000.5&max_mean=90000&max_mean_rse=2',
		'?chart=growth',
		'?group=all&sort=median&dir=desc&chart=growth'
	])('round-trips %j', (search) => {
		const { state, invalid } = parse(search);
		expect(invalid).toEqual([]);
		expect(exploreToSearch(state, ctx)).toBe(search);
	});

	it('a parameter the explorer has no setting for is named in a notice, and the rest of the link still applies', () => {
		const { state, invalid } = parse('?group=all&min.median=80000');
		expect(state.query.group).toBe('all');
		expect(state.query.ranges).toEqual({});
		expect(invalid).toEqual(['"min.median" is not a setting of this page, so it was ignored (did you mean "min_median"?)']);
	});

	it('the defaults: latest release, annual, the default columns, coding and other healthcare, SOC order', () => {
		const { state } = parse('');
		expect(state).toMatchObject({ release: '2025', basis: 'annual', columns: DEFAULT_COLUMNS, sort: 'soc', dir: 'asc', chart: 'pay' });
		expect(state.query).toEqual({ text: '', major: '', group: 'health', codingOnly: false, education: '', showNoWage: true, ranges: {} });
		expect(exploreToSearch(state, ctx)).toBe('');
	});

	it('reads a range into the query', () => expect(parse('?min_median=80000').state.query.ranges).toEqual({ median: { min: 80000, max: null } }));

	it.each([
		['?release=1999', 'Release "1999"', { release: '2025' }],
		['?pay=weekly', 'Pay "weekly"', { basis: 'annual' }],
		['?cols=median,nonsense', 'Unknown column "nonsense"', { columns: DEFAULT_COLUMNS }],
		['?group=nurses', 'Group "nurses"', {}],
		['?major=99', 'SOC major group "99"', {}],
		['?edu=PhD', 'Typical education "PhD"', {}],
		['?sort=height', 'Sort "height"', { sort: 'soc' }],
		['?dir=up', 'Sort direction "up"', { dir: 'asc' }],
		['?chart=pie', 'Chart "pie"', { chart: 'pay' }],
		['?min_median=lots', 'Minimum median "lots"', {}],
		['?coding=maybe', 'must be 1 or 0', {}],
		['?cols=median&min_openings=5', 'applies only while that column is shown', {}]
	])('%j → default and a notice naming %j', (search, notice, expected) => {
		const { state, invalid } = parse(search);
		expect(invalid.join(' ')).toContain(notice);
		expect(state).toMatchObject(expected);
		expect(exploreToSearch(state, ctx)).not.toContain(search.slice(1).split('=')[1]);
	});

	it('a range on a column that is hidden is not written', () => {
		const { state } = parse('?min_median=80000');
		expect(exploreToSearch({ ...state, columns: ['employment'] }, ctx)).toBe('?cols=employment');
	});
});
