import { describe, expect, it } from 'vitest';
import { importTidy } from '../../../src/lib/data/tidyCodecs';
import { writeTidy } from '../../../src/lib/data/writeTidy';
import { onetCodec } from '../../../src/lib/data/onetCodec';
import { onetRows } from '../../../src/lib/data/onetRows';

const tsv = (header: string[], ...rows: string[][]) => [header, ...rows].map((r) => r.join('\t')).join('\r\n') + '\r\n';
const C = 'O*NET-SOC Code';
const texts = {
	occupations: tsv([C, 'Title', 'Description'], ['29-1071.01', 'Anesthesiologist Assistants', 'Assist.'], ['29-1071.00', 'Physician Assistants', 'Provide care.'], ['11-1011.00', 'Chief Executives', 'Direct.']),
	jobZones: tsv([C, 'Job Zone', 'Date', 'Domain Source'], ['29-1071.00', '5', '08/2023', 'Analyst']),
	tasks: tsv([C, 'Task ID', 'Task', 'Task Type'], ['29-1071.00', '2', 'Second "quoted"', 'Supplemental'], ['29-1071.00', '1', 'First', 'Core'], ['bad', '3', 'x', 'Core']),
	titles: tsv([C, 'Reported Job Title', 'Shown in My Next Move'], ['29-1071.01', 'CAA', 'Y']),
	technology: tsv([C, 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology', 'In Demand'], ['29-1071.00', 'Epic', '1', 'Medical software', 'Y', 'N'])
};

describe('onetRows', () => {
	const result = onetRows(texts, (soc) => soc.startsWith('29-'));
	it('keeps only the SOC codes asked for, mapping each O*NET code by its first seven characters', () => {
		expect(new Set(result.rows.map((r) => r.soc))).toEqual(new Set(['29-1071']));
		expect(new Set(result.rows.map((r) => r.onetSoc))).toEqual(new Set(['29-1071.00', '29-1071.01']));
	});
	it('orders by O*NET code, then kind, then file order', () => {
		expect(result.rows.map((r) => `${r.onetSoc} ${r.kind} ${r.text}`)).toEqual([
			'29-1071.00 occupation Physician Assistants',
			'29-1071.00 jobZone 5',
			'29-1071.00 task Second "quoted"',
			'29-1071.00 task First',
			'29-1071.00 technology Epic',
			'29-1071.01 occupation Anesthesiologist Assistants',
			'29-1071.01 title CAA'
		]);
	});
	it('flags hot technology and keeps the task type', () => {
		expect(result.rows.find((r) => r.kind === 'technology')).toMatchObject({ hot: true, detail: 'Medical software' });
		expect(result.rows.find((r) => r.text === 'First')?.detail).toBe('Core');
	});
	it('a code that is not an O*NET-SOC code is a problem, counted as rejected', () => {
		expect(result.problems).toEqual([expect.objectContaining({ kind: 'badCode', file: 'Task Statements.txt', value: 'bad' })]);
		expect(result.read).toBe(9);
		expect(result.rejected).toBe(1);
	});
	it('round-trips through data/onet.csv', () => {
		const back = importTidy(onetCodec, writeTidy(onetCodec, result.rows), 'onet.csv');
		expect(back.problems).toEqual([]);
		expect(back.rows).toEqual(result.rows);
	});
});
