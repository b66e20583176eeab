import { describe, expect, it } from 'vitest';
import { sortExplorer, type SortDirection } from '../../../src/lib/model/sortExplorer';
import { ROWS } from '../../fixtures/model/explorerFixture';

const order = (key: string, dir: SortDirection, basis: 'annual' | 'hourly' = 'annual') => sortExplorer(ROWS, key, dir, basis).map((r) => r.soc);

describe('sortExplorer', () => {
	it.each<[string, SortDirection, string[]]>([
		// Top-coded above every number; unpublished last in both directions.
		['median', 'desc', ['29-1211', '29-1141', '13-1041', '29-2072', '43-6013', '27-2011']],
		['median', 'asc', ['43-6013', '29-2072', '13-1041', '29-1141', '29-1211', '27-2011']],
		// Ties (7.1 and 7.1; 3 and 3) keep SOC order in both directions; no projection last.
		['percent_change', 'desc', ['29-2072', '43-6013', '29-1141', '13-1041', '29-1211', '27-2011']],
		['percent_change', 'asc', ['13-1041', '29-1211', '29-1141', '29-2072', '43-6013', '27-2011']],
		['title', 'asc', ['27-2011', '29-1211', '13-1041', '29-2072', '43-6013', '29-1141']],
		['soc', 'desc', ['43-6013', '29-2072', '29-1211', '29-1141', '27-2011', '13-1041']],
		// Text columns: "not projected" (empty) last.
		['education', 'asc', ['13-1041', '29-1141', '29-1211', '43-6013', '29-2072', '27-2011']],
		// Equal employment everywhere except the unpublished one: SOC order kept, unpublished last.
		['employment', 'desc', ['13-1041', '29-1141', '29-1211', '29-2072', '43-6013', '27-2011']]
	])('by %s %s', (key, dir, expected) => expect(order(key, dir)).toEqual(expected));

	it('uses the chosen unit', () => expect(order('median', 'desc', 'hourly')[0]).toBe('29-1211'));

	it('does not change its input', () => {
		const before = ROWS.map((r) => r.soc);
		sortExplorer(ROWS, 'median', 'desc', 'annual');
		expect(ROWS.map((r) => r.soc)).toEqual(before);
	});
});
