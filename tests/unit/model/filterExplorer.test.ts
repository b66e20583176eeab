import { describe, expect, it } from 'vitest';
import type { PayBasis } from '../../../src/lib/data/schema';
import { filterExplorer, hasNoWage, inRange, type ExplorerQuery } from '../../../src/lib/model/filterExplorer';
import { ROWS } from '../../fixtures/model/explorerFixture';

const ALL: ExplorerQuery = { text: '', major: '', group: 'all', codingOnly: false, education: '', showNoWage: true, ranges: {} };
const socs = (q: Partial<ExplorerQuery>, basis: PayBasis = 'annual') => filterExplorer(ROWS, { ...ALL, ...q }, basis).map((r) => r.soc);

describe('filterExplorer', () => {
	it.each<[string, Partial<ExplorerQuery>, string[]]>([
		['everything', {}, ['13-1041', '27-2011', '29-1141', '29-1211', '29-2072', '43-6013']],
		['default group: coding and other healthcare', { group: 'health' }, ['29-1141', '29-1211', '29-2072', '43-6013']],
		['other healthcare only', { group: 'healthcare' }, ['29-1141', '29-1211', '43-6013']],
		['not healthcare', { group: 'other' }, ['13-1041', '27-2011']],
		['coding roles only', { codingOnly: true }, ['29-2072']],
		['an alias people search for', { text: 'coder' }, ['29-2072']],
		['a SOC code', { text: '13-1041' }, ['13-1041']],
		['a title word, compliance officers findable', { text: 'compliance' }, ['13-1041']],
		['a query matching nothing', { text: 'zzzz' }, []],
		['SOC major group 29', { major: '29' }, ['29-1141', '29-1211', '29-2072']],
		['typical education', { education: "Bachelor's degree" }, ['13-1041', '29-1141']],
		['no published wage hidden', { showNoWage: false }, ['13-1041', '29-1141', '29-1211', '29-2072', '43-6013']],
		['median at least $80,000 (top-coded passes a minimum)', { ranges: { median: { min: 80000, max: null } } }, ['29-1141', '29-1211']],
		['median at most $60,000 (top-coded and unpublished fail)', { ranges: { median: { min: null, max: 60000 } } }, ['29-2072', '43-6013']],
		['growth between 5 and 8 (no projection fails)', { ranges: { percent_change: { min: 5, max: 8 } } }, ['29-1141', '29-2072', '43-6013']],
		['a range on an unknown column is ignored', { ranges: { nonsense: { min: 1, max: 2 } } }, ['13-1041', '27-2011', '29-1141', '29-1211', '29-2072', '43-6013']],
		['filters combine', { group: 'health', ranges: { median: { min: 45000, max: null } }, text: 'medical' }, ['29-2072']]
	])('%s', (_, q, expected) => expect(socs(q)).toEqual(expected));

	it('an occupation with hourly wages only has a wage in hourly, none in annual', () => {
		const actors = ROWS.find((r) => r.soc === '27-2011')!;
		expect(hasNoWage(actors, 'annual')).toBe(true);
		expect(hasNoWage(actors, 'hourly')).toBe(false);
		expect(socs({ showNoWage: false }, 'hourly')).toContain('27-2011');
	});

	it.each([
		[50, { min: 40, max: 60 }, true],
		[40, { min: 40, max: null }, true],
		[39.9, { min: 40, max: null }, false],
		[61, { min: null, max: 60 }, false],
		[{ missing: 'topCoded' as const }, { min: 1e9, max: null }, true],
		[{ missing: 'topCoded' as const }, { min: null, max: 1e9 }, false],
		[{ missing: 'notAvailable' as const }, { min: 0, max: null }, false],
		[{ missing: 'notAvailable' as const }, { min: null, max: null }, true],
		['text', { min: 0, max: null }, false]
	])('inRange(%j, %j) is %s', (f, range, expected) => expect(inRange(f, range)).toBe(expected));
});
