import { describe, expect, it } from 'vitest';
import { beaRppRows } from '../../../src/lib/data/beaRpp';

const header = 'GeoFIPS,GeoName,Region,TableName,LineCode,IndustryClassification,Description,Unit,2023,2024';
const text = [
	header,
	' "00000","United States", ,SARPP,1,"...","RPPs: All items ","Index",100.000,100.000',
	' "01000","Alabama",5,SARPP,1,"...","RPPs: All items ","Index",89.097,88.823',
	' "01000","Alabama",5,SARPP,2,"...","RPPs: Goods ","Index",95.1,95.0',
	' "06000","California",6,SARPP,1,"...","RPPs: All items ","Index",112.195,110.720',
	'"Note: See the included footnote file."',
	'"U.S. Bureau of Economic Analysis"',
	''
].join('\r\n');

describe('beaRppRows', () => {
	it.each<[number, [string, number][]]>([
		[2023, [['01', 89.097], ['06', 112.195]]],
		[2024, [['01', 88.823], ['06', 110.72]]]
	])('all-items parities of %i by state FIPS, the U.S. row and other lines left out', (year, expected) => {
		const r = beaRppRows(text, 'bea.csv', year);
		expect(r.problems).toEqual([]);
		expect(r.rows.map((x) => [x.fips, x.rpp])).toEqual(expected);
	});
	it('the footer lines are not rows', () => expect(beaRppRows(text, 'bea.csv', 2023).read).toBe(4));
	it('a year not in the file is a missing column', () => expect(beaRppRows(text, 'bea.csv', 2030).problems[0]).toMatchObject({ kind: 'missingColumn', column: '2030' }));
	it('a bad code is a problem, not a guess', () => {
		const r = beaRppRows(`${header}\n "1000","X",5,SARPP,1,"...","RPPs: All items ","Index",90,90\n`, 'bea.csv', 2023);
		expect(r.problems[0]).toMatchObject({ kind: 'badCode' });
	});
});
