import type { CpiYear } from '../data/cpiCodec';
import type { Figure } from '../data/schema';
import type { SurveyRow } from './surveyRows';
import type { TrendPoint } from './trendAcrossReleases';

/** The year whose dollars constant-dollar figures are in: the latest CPI-U annual average in the data. */
export const baseYearOf = (cpi: readonly CpiYear[]): number | null => (cpi.length === 0 ? null : Math.max(...cpi.map((c) => c.year)));

/** "in 2025 dollars (CPI-U)": the label every deflated figure carries. */
export const dollarsLabel = (base: number) => `in ${base} dollars (CPI-U)`;

/**
 * A figure of `year` in `base`-year dollars: value × CPI(base) / CPI(year), rounded to the cent. A missing
 * figure keeps its reason; a year (or base) without a CPI-U annual average gives `notAvailable`, never the nominal value.
 */
export function deflate(value: Figure, year: number, cpi: readonly CpiYear[], base: number): Figure {
	if (typeof value !== 'number') return value;
	const from = cpi.find((c) => c.year === year)?.index;
	const to = cpi.find((c) => c.year === base)?.index;
	if (from === undefined || to === undefined) return { missing: 'notAvailable' };
	return Math.round(((value * to) / from) * 100) / 100;
}

/** A trend in `base`-year dollars, each point deflated with its reference year's CPI-U and saying so in its note. */
export function deflateTrend(points: readonly TrendPoint[], cpi: readonly CpiYear[], base: number): TrendPoint[] {
	return points.map((p) => {
		const year = Number(p.date.slice(0, 4));
		if (typeof p.value !== 'number') return p;
		const note = `${dollarsLabel(base)}: ${p.release} value × CPI-U ${base} / CPI-U ${year} (annual averages)`;
		return { ...p, value: deflate(p.value, year, cpi, base), note };
	});
}

/**
 * Survey figures in `base`-year dollars, each deflated with the CPI-U of its survey year and saying so in its
 * notes. A figure whose year has no CPI-U annual average is not converted: it is listed in `skipped`, never shown
 * at its nominal value among deflated ones.
 */
export function deflateSurveyRows(rows: readonly SurveyRow[], cpi: readonly CpiYear[], base: number): { rows: SurveyRow[]; skipped: SurveyRow[] } {
	const kept: SurveyRow[] = [];
	const skipped: SurveyRow[] = [];
	for (const r of rows) {
		const value = deflate(r.value, r.surveyYear, cpi, base);
		if (typeof value !== 'number') skipped.push(r);
		else {
			const how = `${dollarsLabel(base)}: ${r.surveyYear} figure × CPI-U ${base} / CPI-U ${r.surveyYear} (annual averages)`;
			kept.push({ ...r, value: Math.round(value), notes: r.notes ? `${r.notes}; ${how}` : how });
		}
	}
	return { rows: kept, skipped };
}
