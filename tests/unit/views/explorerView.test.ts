import { describe, expect, it } from 'vitest';
import type { ExplorerRow } from '../../../src/lib/model/explorerRows';
import { sortExplorer } from '../../../src/lib/model/sortExplorer';
import { CHART_CAP, chartCap, chartKeyOf, GROWTH_CAP, GROWTH_LABELS, growthPoints, projectionPeriod, shownColumns } from '../../../src/lib/views/explorerView';
import { ROWS } from '../../fixtures/model/explorerFixture';

/** Many rows: the fixture's, repeated under distinct codes, so caps and labels can be seen at work. */
const MANY: ExplorerRow[] = Array.from({ length: 300 }, (_, i) => ({ ...ROWS[i % ROWS.length], soc: `99-${String(i).padStart(4, '0')}` }));

describe('growthPoints', () => {
	it('one point per shown row, in order: median in the unit, growth and openings from the projection, coding emphasised', () => {
		const points = growthPoints(ROWS, 'annual');
		expect(points.map((p) => p.soc)).toEqual(ROWS.map((r) => r.soc));
		ROWS.forEach((r, i) => {
			expect(points[i]).toMatchObject({ label: r.title, wage: r.wage.annual.median, emphasis: r.group === 'coding' });
			expect(points[i].change).toEqual(r.projection ? r.projection.percentChange : { missing: 'notInRelease' });
			expect(points[i].openings).toEqual(r.projection ? r.projection.openingsPerYear : { missing: 'notInRelease' });
		});
	});

	it('uses the chosen unit', () => expect(growthPoints(ROWS, 'hourly').map((p) => p.wage)).toEqual(ROWS.map((r) => r.wage.hourly.median)));

	it('a row without a projection is kept as a point the chart lists as not shown', () => {
		const row = ROWS.find((r) => r.projection === null)!;
		expect(growthPoints([row], 'annual')[0].change).toEqual({ missing: 'notInRelease' });
	});

	it(`draws at most ${GROWTH_CAP} and labels the first ${GROWTH_LABELS}`, () => {
		const points = growthPoints(MANY, 'annual');
		expect(points).toHaveLength(GROWTH_CAP);
		expect(points.filter((p) => p.labelled).map((p) => p.soc)).toEqual(MANY.slice(0, GROWTH_LABELS).map((r) => r.soc));
	});
});

describe('chartCap', () => {
	it.each([
		['pay', CHART_CAP],
		['growth', GROWTH_CAP]
	] as const)('%s → %i', (chart, cap) => expect(chartCap(chart)).toBe(cap));
});

describe('chartKeyOf: the chart redraws only when what it draws changes', () => {
	const desc = sortExplorer(ROWS, 'median', 'desc', 'annual');
	const reversed = [...ROWS].reverse();
	it.each<[string, string, string, boolean]>([
		['same rows, same order', chartKeyOf(ROWS, 'annual', 'pay'), chartKeyOf([...ROWS], 'annual', 'pay'), true],
		['pay ranges: a new order is a new chart', chartKeyOf(ROWS, 'annual', 'pay'), chartKeyOf(desc, 'annual', 'pay'), false],
		['another unit', chartKeyOf(ROWS, 'annual', 'pay'), chartKeyOf(ROWS, 'hourly', 'pay'), false],
		['another chart', chartKeyOf(ROWS, 'annual', 'pay'), chartKeyOf(ROWS, 'annual', 'growth'), false],
		// The scatter's marks do not depend on order; only which rows are labelled does.
		['scatter: the same labelled first rows and the same set', chartKeyOf(MANY.slice(0, 20), 'annual', 'growth'), chartKeyOf([...MANY.slice(0, GROWTH_LABELS), ...MANY.slice(GROWTH_LABELS, 20).reverse()], 'annual', 'growth'), true],
		['scatter: other labelled rows', chartKeyOf(ROWS, 'annual', 'growth'), chartKeyOf(reversed, 'annual', 'growth'), false],
		['pay ranges: rows past the cap do not count', chartKeyOf(MANY.slice(0, CHART_CAP + 5), 'annual', 'pay'), chartKeyOf([...MANY.slice(0, CHART_CAP), ...MANY.slice(CHART_CAP, CHART_CAP + 5).reverse()], 'annual', 'pay'), true]
	])('%s', (_, a, b, same) => expect(a === b).toBe(same));
});

describe('projectionPeriod and shownColumns: the projections columns name the period of the set shown', () => {
	const state = { columns: ['median', 'percent_change', 'openings'] } as Parameters<typeof shownColumns>[0];
	it.each([
		{ records: null, period: '2024–34' },
		{ records: [], period: '2024–34' },
		{ records: [{ baseYear: 2024, targetYear: 2034 }], period: '2024–34' },
		{ records: [{ baseYear: 2023, targetYear: 2033 }], period: '2023–33' }
	])('$period from $records', ({ records, period }) => expect(projectionPeriod(records)).toBe(period));

	it('keeps the published labels for 2024–34 and relabels the projections columns, not the wage ones, for another period', () => {
		expect(shownColumns(state).map((c) => c.label)).toEqual(['Median', 'Growth 2024–34', 'Openings a year']);
		const other = shownColumns(state, '2023–33');
		expect(other.map((c) => c.label)).toEqual(['Median', 'Growth 2023–33', 'Openings a year']);
		expect(other[2].note).toBe('Annual average openings 2023–33, thousands.');
		expect(other[0]).toBe(shownColumns(state)[0]);
	});
});
