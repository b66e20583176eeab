import type { ExplorerColumn } from '../model/explorerColumns';

/**
 * The explorer table's fixed geometry. With every width and height set ahead, the browser lays the table out from
 * its first row (`table-layout: fixed`) instead of measuring every cell, columns keep their widths when a sort
 * brings other rows into view, and the scroll box can be a layout boundary of its own.
 */

/** Height of one body row in px (two lines of title at most); the scroll position maps to rows by it. */
export const ROW_HEIGHT = 44;
/** Height of the header row in px (two lines of label at most). */
export const HEAD_HEIGHT = 52;
/** Width of a column in rem: figures are short; Employment Projections' training and education words are long. */
export const columnWidthRem = (column: ExplorerColumn): number => (column.kind !== 'text' ? 7 : column.id === 'group' ? 11 : 14);

/** Width of the shown columns together in rem; the sticky first column (narrower on a phone) comes on top, set in CSS. */
export const tableWidthRem = (columns: readonly ExplorerColumn[]): number => columns.reduce((sum, c) => sum + columnWidthRem(c), 0);

/** Room for a sideways scroll bar under the rows, in px (classic scroll bars take about 15 px). */
const SCROLLBAR = 16;

/** Height the scroll box needs to show every row without scrolling down, in px; the page caps it at a share of the screen. */
export const contentHeightPx = (rows: number): number => HEAD_HEIGHT + rows * ROW_HEIGHT + SCROLLBAR;

/**
 * Which columns a row draws: those whose span meets the part of the scroll box right of the sticky first column, and
 * `overscan` more either side (`start` inclusive, `end` exclusive). Widths and positions in px; columns start after
 * the first column (`firstPx`). An unknown view width (before the box is measured) draws every column.
 */
export function visibleColumns(widthsPx: readonly number[], scrollLeft: number, viewWidth: number, firstPx: number, overscan = 1): { start: number; end: number } {
	if (!Number.isFinite(viewWidth) || viewWidth <= 0) return { start: 0, end: widthsPx.length };
	const left = scrollLeft + firstPx;
	const right = scrollLeft + viewWidth;
	let start = widthsPx.length;
	let end = 0;
	let x = firstPx;
	widthsPx.forEach((w, i) => {
		if (x + w > left && x < right) {
			start = Math.min(start, i);
			end = i + 1;
		}
		x += w;
	});
	if (start > end) return { start: 0, end: Math.min(widthsPx.length, overscan) };
	return { start: Math.max(0, start - overscan), end: Math.min(widthsPx.length, end + overscan) };
}
