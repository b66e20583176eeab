import { describe, expect, it } from 'vitest';
import { COLUMN_BY_ID, EXPLORER_COLUMNS } from '../../../src/lib/model/explorerColumns';
import { columnWidthRem, contentHeightPx, HEAD_HEIGHT, ROW_HEIGHT, tableWidthRem } from '../../../src/lib/views/explorerTableLayout';

const col = (id: string) => COLUMN_BY_ID.get(id)!;

describe('explorer table geometry', () => {
	it.each([
		['median', 7],
		['employment', 7],
		['mean_rse', 7],
		['percent_change', 7],
		['openings', 7],
		['education', 14],
		['training', 14],
		['group', 11]
	])('column %s is %d rem wide', (id, rem) => expect(columnWidthRem(col(id))).toBe(rem));

	it('every column has a positive width', () => EXPLORER_COLUMNS.forEach((c) => expect(columnWidthRem(c)).toBeGreaterThan(0)));

	it.each([
		[[], 0],
		[['median'], 7],
		[['median', 'education', 'group'], 7 + 14 + 11]
	])('a table of %j is the sum of its column widths', (ids, rem) => expect(tableWidthRem(ids.map(col))).toBe(rem));

	it.each([
		[0, HEAD_HEIGHT],
		[1, HEAD_HEIGHT + ROW_HEIGHT],
		[830, HEAD_HEIGHT + 830 * ROW_HEIGHT]
	])('%d rows need the header, the rows and room for a scroll bar', (rows, px) => {
		expect(contentHeightPx(rows)).toBeGreaterThan(px);
		expect(contentHeightPx(rows)).toBeLessThanOrEqual(px + 20);
	});
});
