import { describe, expect, it } from 'vitest';
import { COLUMN_BY_ID, EXPLORER_COLUMNS } from '../../../src/lib/model/explorerColumns';
import { columnWidthRem, contentHeightPx, HEAD_HEIGHT, ROW_HEIGHT, tableWidthRem, visibleColumns } from '../../../src/lib/views/explorerTableLayout';

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

describe('visibleColumns: a row draws the columns in view and one more either side', () => {
	// Six columns of 100 px after a 200 px first column: column i spans 200 + 100i to 300 + 100i.
	const widths = [100, 100, 100, 100, 100, 100];
	it.each([
		{ scrollLeft: 0, view: 450, overscan: 1, expected: { start: 0, end: 4 }, why: 'columns 0–2 in view (the third in part), one more' },
		{ scrollLeft: 0, view: 450, overscan: 0, expected: { start: 0, end: 3 }, why: 'no overscan' },
		{ scrollLeft: 250, view: 450, overscan: 1, expected: { start: 1, end: 6 }, why: 'scrolled: the sticky column covers 250–450, so columns 2–4 show' },
		{ scrollLeft: 400, view: 400, overscan: 1, expected: { start: 3, end: 6 }, why: 'scrolled to the end' },
		{ scrollLeft: 0, view: 2000, overscan: 1, expected: { start: 0, end: 6 }, why: 'a box wider than the table draws every column' },
		{ scrollLeft: 0, view: Number.POSITIVE_INFINITY, overscan: 1, expected: { start: 0, end: 6 }, why: 'not measured yet: every column' },
		{ scrollLeft: 0, view: 0, overscan: 1, expected: { start: 0, end: 6 }, why: 'a hidden box: every column' },
		{ scrollLeft: 0, view: 150, overscan: 1, expected: { start: 0, end: 1 }, why: 'a box narrower than the first column: the next one' }
	])('$why', ({ scrollLeft, view, overscan, expected }) => expect(visibleColumns(widths, scrollLeft, view, 200, overscan)).toEqual(expected));

	it('no columns: nothing to draw', () => expect(visibleColumns([], 0, 500, 200)).toEqual({ start: 0, end: 0 }));

	it('a column ending exactly at the left edge is out of view, one starting at the right edge too', () => {
		expect(visibleColumns(widths, 100, 300, 200, 0)).toEqual({ start: 1, end: 2 });
	});
});
