import { describe, expect, it } from 'vitest';
import { readTabText } from '../../../src/lib/data/readTabText';

describe('readTabText', () => {
	it.each<[string, string, number, number, number]>([
		['CRLF lines, a quote kept as text', 'Code\tTask\r\n29-2072.00\tReview "records"\r\n29-2072.00\tCode\r\n', 2, 0, 0],
		['LF lines and a BOM', '\uFEFFCode\tTask\n29-2072.00\tA\n', 1, 0, 0],
		['a ragged row is rejected with its line', 'Code\tTask\n29-2072.00\tA\textra\n29-2072.00\tB\n', 1, 1, 1],
		['blank lines are not rows', 'Code\tTask\n\n29-2072.00\tA\n\n', 1, 0, 0],
		['header only', 'Code\tTask\n', 0, 0, 0]
	])('%s', (_name, text, accepted, rejected, problems) => {
		const r = readTabText(text, 't.txt');
		expect([r.rows.length, r.rejected, r.problems.length]).toEqual([accepted, rejected, problems]);
		expect(r.read).toBe(r.rows.length + r.rejected);
	});

	it('keeps quotes and names cells by the header', () => {
		expect(readTabText('Code\tTask\r\n29-2072.00\tReview "records"\r\n', 't.txt').rows).toEqual([{ Code: '29-2072.00', Task: 'Review "records"' }]);
	});

	it('a missing required column rejects every row and says which column', () => {
		const r = readTabText('Code\tTitle\n29-2072.00\tA\n', 'Task Statements.txt', ['Code', 'Task']);
		expect(r.rows).toEqual([]);
		expect(r.rejected).toBe(1);
		expect(r.problems[0]).toMatchObject({ kind: 'missingColumn', column: 'Task', line: 1 });
	});
});
