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
