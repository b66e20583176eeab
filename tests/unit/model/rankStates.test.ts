import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/schema';
import { rankStates } from '../../../src/lib/model/rankStates';
import type { StateWageRow } from '../../../src/lib/model/stateWages';

const row = (name: string, mean: Figure): StateWageRow => ({ fips: name, postal: name.slice(0, 2).toUpperCase(), name, territory: false, mean, sourceId: 's' });
const rows = [row('Alabama', 42970), row('California', 64070), row('Guam', { missing: 'notAvailable' }), row('Delaware', 50000), row('Arizona', 50000), row('Texas', { missing: 'topCoded' })];

describe('rankStates', () => {
	it.each([
		['high', ['Texas', 'California', 'Arizona', 'Delaware', 'Alabama', 'Guam']],
		['low', ['Alabama', 'Arizona', 'Delaware', 'California', 'Texas', 'Guam']],
		['name', ['Alabama', 'Arizona', 'California', 'Delaware', 'Guam', 'Texas']]
	] as const)('orders %s, unpublished last (except by name)', (order, names) => {
		expect(rankStates(rows, order).map((r) => r.name)).toEqual(names);
	});
	it('ranks highest = 1, ties share a rank, unpublished get none', () => {
		const ranks = Object.fromEntries(rankStates(rows, 'name').map((r) => [r.name, r.rank]));
		expect(ranks).toEqual({ Texas: 1, California: 2, Arizona: 3, Delaware: 3, Alabama: 5, Guam: null });
	});
	it('keeps every row', () => expect(rankStates(rows, 'low')).toHaveLength(rows.length));
	it.each<[string, (r: StateWageRow) => Figure, string[], string[]]>([
		['another figure ranks instead of the mean', (r) => (typeof r.mean === 'number' ? 100000 - r.mean : r.mean), ['Texas', 'Alabama', 'Arizona', 'Delaware', 'California', 'Guam'], ['Guam']],
		['an area without that figure is unranked even with a mean', (r) => (r.name === 'California' ? { missing: 'notAvailable' } : r.mean), ['Texas', 'Arizona', 'Delaware', 'Alabama', 'California', 'Guam'], ['California', 'Guam']]
	])('%s', (_n, figure, names, unranked) => {
		const out = rankStates(rows, 'high', figure);
		expect(out.map((r) => r.name)).toEqual(names);
		expect(out.filter((r) => r.rank === null).map((r) => r.name)).toEqual(unranked);
	});

});
