import { describe, expect, it } from 'vitest';
import { explorerGroup, explorerRows } from '../../../src/lib/model/explorerRows';
import { CAREERS, ROWS, wage } from '../../fixtures/model/explorerFixture';

describe('explorerRows', () => {
	it('keeps one row per detailed occupation, in SOC order (broad and major rows left out)', () =>
		expect(ROWS.map((r) => r.soc)).toEqual(['13-1041', '27-2011', '29-1141', '29-1211', '29-2072', '43-6013']));

	it("a file without levels (this site's own chart export): known careers count as detailed, unknown codes are left out", () => {
		const blank = [wage('29-2072', 'Medical Records Specialists', 51999, { level: '' }), wage('29-9000', 'Other Healthcare Practitioners', 60000, { level: '' })];
		expect(explorerRows(blank, [], CAREERS).map((r) => r.soc)).toEqual(['29-2072']);
	});

	it('joins projections by code and leaves rows without one at null', () => {
		expect(ROWS.find((r) => r.soc === '29-2072')!.projection?.percentChange).toBe(7.1);
		expect(ROWS.find((r) => r.soc === '27-2011')!.projection).toBeNull();
	});

	it('carries the words people search for from careers.csv', () =>
		expect(ROWS.find((r) => r.soc === '29-2072')!.career.aliases).toContain('medical coder'));

	it.each([
		['29-2072', 'coding'],
		['29-1141', 'healthcare'],
		['31-9092', 'healthcare'],
		['43-6013', 'healthcare'],
		['13-1041', 'other'],
		['15-1252', 'other']
	])('%s is in group %s', (soc, group) => expect(explorerGroup(soc, CAREERS.find((c) => c.soc === soc))).toBe(group));
});
