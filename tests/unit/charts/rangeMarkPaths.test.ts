import { describe, expect, it } from 'vitest';
import { rangeMarkPaths } from '../../../src/lib/charts/rangeMarkPaths';

describe('rangeMarkPaths', () => {
	it.each([
		{
			name: 'every figure: whisker with end ticks, 14 px box, median 3 px past the box',
			args: [100, { x1: 10, x2: 90, open: false }, { x1: 30, x2: 60 }, { x: 45 }, 14] as const,
			want: { whisker: 'M10,100 H90 M10,95 V105 M90,95 V105', box: 'M30,93 h30 v14 h-30 z', median: 'M45,90 V110' }
		},
		{
			name: 'top-coded 90th: an open arrow at the top end instead of a tick',
			args: [50, { x1: 10, x2: 90, open: true }, { x1: 30, x2: 60 }, { x: 45 }, 12] as const,
			want: { whisker: 'M10,50 H90 M10,45 V55 M84,45 L90,50 L84,55', box: 'M30,44 h30 v12 h-30 z', median: 'M45,41 V59' }
		},
		{
			name: 'a box narrower than a pixel is drawn 1 px wide',
			args: [20, { x1: 10, x2: 90, open: false }, { x1: 40, x2: 40.2 }, { x: 40 }, 14] as const,
			want: { whisker: 'M10,20 H90 M10,15 V25 M90,15 V25', box: 'M40,13 h1 v14 h-1 z', median: 'M40,10 V30' }
		},
		{
			name: 'nothing published: three empty paths, no mark',
			args: [20, null, null, null, 14] as const,
			want: { whisker: '', box: '', median: '' }
		},
		{
			name: 'only the median published: the tick alone',
			args: [20, null, null, { x: 70 }, 14] as const,
			want: { whisker: '', box: '', median: 'M70,10 V30' }
		}
	])('$name', ({ args: [y, whisker, box, median, boxHeight], want }) => {
		expect(rangeMarkPaths(y, whisker, box, median, boxHeight)).toEqual(want);
	});
});
