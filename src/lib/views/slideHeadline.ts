import { isNumber } from '../data/schema';
import { formatChange, formatThousands, formatWage } from '../format';
import type { CompareChart, CompareView } from './compareView';

/** Slide titles shown above the chart in the presentation (the chart keeps its own title). */
export const SLIDE_NAMES: Record<CompareChart, string> = {
	pay: 'Pay range',
	trend: 'Pay across releases',
	outlook: 'Job outlook',
	training: 'Training and pay'
};

/**
 * The headline number of a slide, about the reference career, e.g. "Medical Records Specialists: median $51,140 a year".
 * Says plainly when the figure is not published instead of leaving the slide without a headline.
 */
export function slideHeadline(chart: CompareChart, view: CompareView): string {
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
			return `${name}: ${formatChange(g.percentChange)} jobs ${g.baseYear}–${String(g.targetYear).slice(2)}${g.label ? ` (${g.label})` : ''}, ${formatThousands(g.openingsPerYear)} openings a year`;
		}
		case 'training': {
			const p = row?.projection;
			if (!p) return `${name}: training not published`;
			const education = p.education ? p.education.charAt(0).toLowerCase() + p.education.slice(1) : 'typical education not published';
			return `${name}: ${education}; median ${formatWage(p.medianWage, 'annual', view.training.topCode)} a year (May 2024)`;
		}
	}
}
