import type { OutlookRow } from '../charts/layoutOutlook';
import { payRangeRowsFrom, type PayRangeRow } from '../charts/layoutPayRange';
import type { CareerFigures } from '../model/comparisonRows';
import type { PaySummary } from '../model/summarizePay';

/** The published pay of each compared career, in the order given; careers without pay in the release are left out. */
export const paySummariesOf = (rows: readonly CareerFigures[]): PaySummary[] => rows.map((r) => r.pay).filter((p): p is PaySummary => p !== null);

/** Pay range chart rows of the compared careers, the reference emphasised. */
export const payRowsOf = (rows: readonly CareerFigures[], titleOf: (soc: string) => string, isRef: (soc: string) => boolean): PayRangeRow[] =>
	payRangeRowsFrom(paySummariesOf(rows), titleOf, isRef);

/** Outlook chart rows of the compared careers that have a projection, the reference emphasised. */
export const outlookRowsOf = (rows: readonly CareerFigures[], isRef: (soc: string) => boolean): OutlookRow[] =>
	rows.flatMap((r) => (r.growth ? [{ soc: r.career.soc, label: r.career.title, growth: r.growth, emphasis: isRef(r.career.soc) }] : []));
