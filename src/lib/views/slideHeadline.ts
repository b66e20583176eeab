import { isNumber } from '../data/schema';
import { formatChange, formatPeriod, formatThousands, formatWage } from '../format';
import type { CompareView } from './compareView';
import type { DeckSlide } from './deck';

/** Slide titles shown above the chart in the presentation (the chart keeps its own title). */
export const SLIDE_NAMES: Record<DeckSlide, string> = {
	pay: 'Pay range',
	trend: 'Pay across releases',
	outlook: 'Job outlook',
	training: 'Training and pay',
	growth: 'Growth against pay, all healthcare careers'
};

/**
 * The headline number of a slide, about the reference career, e.g. "Medical Records Specialists: median $51,140 a year".
 * Says plainly when the figure is not published instead of leaving the slide without a headline. While the earlier
 * releases are still being fetched (`releasesLoading`), the trend slide's headline is its name: one release is no trend.
 */
export function slideHeadline(chart: DeckSlide, view: CompareView, releasesLoading = false): string {
	if (chart === 'trend' && releasesLoading) return SLIDE_NAMES.trend;
	const ref = view.filters.ref;
	const name = view.titleOf(ref);
	const row = view.rows.find((r) => r.career.soc === ref);
	const per = view.filters.basis === 'annual' ? 'a year' : 'an hour';
	const money = (f: Parameters<typeof formatWage>[0]) => formatWage(f, view.filters.basis, view.topCode);
	switch (chart) {
		case 'pay':
			return row?.pay ? `${name}: median ${money(row.pay.median)} ${per} (OEWS ${view.release.release})` : `${name}: pay not published in OEWS ${view.release.release}`;
		case 'trend': {
			const drawn = (row?.trend ?? []).filter((p) => isNumber(p.value));
			if (drawn.length === 0) return `${name}: no published median across releases`;
			const [a, b] = [drawn[0], drawn[drawn.length - 1]];
			const codes = view.trend.topCodes;
			const at = (p: (typeof drawn)[number]) => `${formatWage(p.value, view.filters.basis, codes[p.sourceId])} (${p.release})`;
			return a === b ? `${name}: median ${at(a)}` : `${name}: median ${at(a)} → ${at(b)}`;
		}
		case 'outlook': {
			const g = row?.growth;
			if (!g) return `${name}: no projection published`;
			return `${name}: ${formatChange(g.percentChange)} jobs ${formatPeriod(g.baseYear, g.targetYear)}${g.label ? ` (${g.label})` : ''}, ${formatThousands(g.openingsPerYear)} openings a year`;
		}
		case 'training': {
			const p = row?.projection;
			if (!p) return `${name}: training not published`;
			const education = p.education ? p.education.charAt(0).toLowerCase() + p.education.slice(1) : 'typical education not published';
			return `${name}: ${education}; median ${formatWage(p.medianWage, 'annual', view.training.topCode)} a year (May 2024)`;
		}
		case 'growth': {
			const point = view.growth.points.find((p) => p.soc === ref);
			const among = `among ${view.growth.points.length} healthcare careers`;
			if (!point) return `${name}: no projection published (${among})`;
			return `${name}: ${formatChange(point.change)} jobs 2024–34 at a median of ${formatWage(point.wage, 'annual', view.growth.topCode)} a year, ${among}`;
		}
	}
}
