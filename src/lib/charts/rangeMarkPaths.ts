/** A pay range's three marks as SVG path data, each "" when its figures are not published (so no mark is drawn). */
export interface RangeMarkPaths {
	/** 10th–90th percentile line with its end ticks; an open arrow at the top end when the 90th is top-coded. */
	whisker: string;
	/** 25th–75th percentile box, at least 1 px wide. */
	box: string;
	/** Median tick, 3 px taller than the box above and below. */
	median: string;
}

/** The marks of one range centred on `y`: the same shapes whether a range has all its figures or some. */
export function rangeMarkPaths(
	y: number,
	whisker: ({ x1: number; x2: number } & { open: boolean }) | null,
	box: { x1: number; x2: number } | null,
	median: { x: number } | null,
	boxHeight: number
): RangeMarkPaths {
	const half = boxHeight / 2;
	const end = whisker?.open ? `M${whisker.x2 - 6},${y - 5} L${whisker.x2},${y} L${whisker.x2 - 6},${y + 5}` : `M${whisker?.x2},${y - 5} V${y + 5}`;
	const width = box ? Math.max(1, box.x2 - box.x1) : 0;
	return {
		whisker: whisker ? `M${whisker.x1},${y} H${whisker.x2} M${whisker.x1},${y - 5} V${y + 5} ${end}` : '',
		box: box ? `M${box.x1},${y - half} h${width} v${boxHeight} h${-width} z` : '',
		median: median ? `M${median.x},${y - half - 3} V${y + half + 3}` : ''
	};
}
