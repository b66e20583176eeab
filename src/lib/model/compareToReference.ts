import { isNumber, type Figure, type MissingReason, type PayBasis, type WageStat } from '../data/schema';
import type { PaySummary } from './summarizePay';

/** One career's statistic set against the same statistic of a reference career. */
export interface PayComparison {
	soc: string;
	title: string;
	sourceId: string;
	basis: PayBasis;
	stat: WageStat;
	value: Figure;
	reference: Figure;
	referenceSoc: string;
	/** value − reference, or the reason one of them has no number. */
	difference: Figure;
	/** value ÷ reference, or the reason one of them has no number. */
	ratio: Figure;
}

/** The career's own reason wins, since that is the figure the reader is looking at. */
const reasonOf = (value: Figure, reference: Figure): MissingReason =>
	!isNumber(value) ? value.missing : !isNumber(reference) ? reference.missing : 'notAvailable';

/**
 * Compares each summary's `stat` with the reference career's, in input order (the reference included).
 * Difference and ratio are numbers only when both sides are published numbers; otherwise they carry
 * the missing reason, never a stand-in. Summaries from another release or pay basis than the reference
 * are left out, since comparing across them would mix two estimates. A reference with no summary (a code
 * the release does not list) still leaves every career's own figure, with difference and ratio
 * `notInRelease`, matched on the first summary's release and basis; [] only without summaries.
 */
export function compareToReference(
	summaries: readonly PaySummary[],
	referenceSoc: string,
	stat: WageStat
): PayComparison[] {
	const ref = summaries.find((s) => s.soc === referenceSoc);
	const like = ref ?? summaries[0];
	if (!like) return [];
	return summaries
		.filter((s) => s.sourceId === like.sourceId && s.basis === like.basis)
		.map((s) => {
			const value = s[stat];
			const reference: Figure = ref ? ref[stat] : { missing: 'notInRelease' };
			const both = isNumber(value) && isNumber(reference);
			const missing = (): Figure => ({ missing: reasonOf(value, reference) });
			return {
				soc: s.soc,
				title: s.title,
				sourceId: s.sourceId,
				basis: s.basis,
				stat,
				value,
				reference,
				referenceSoc,
				difference: both ? value - reference : missing(),
				// A zero reference cannot come from OEWS (rejected on import); refuse rather than divide.
				ratio: both && reference !== 0 ? value / reference : both ? { missing: 'notAvailable' } : missing()
			};
		});
}
