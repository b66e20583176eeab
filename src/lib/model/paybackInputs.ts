import type { Figure } from '../data/schema';
import type { PaybackPercentile, PaybackState } from '../state/paybackParams';
import type { PaybackInput } from './trainingPayback';
import type { PaySummary } from './summarizePay';
import { yearsOfTraining } from './yearsOfTraining';

/** A career as the calculator receives it: its typical entry education and its national pay summary (null when unpublished). */
export interface PaybackCareer {
	soc: string;
	title: string;
	education: string;
	pay: PaySummary | null;
}

/** One career's assumptions as used, with where each came from (for the inputs and the stated assumptions). */
export interface PaybackAssumption {
	soc: string;
	title: string;
	education: string;
	/** Years the education category maps to; null when the category is unknown (then 0 is used until edited). */
	defaultYears: number | null;
	yearsEdited: boolean;
	tuitionEntered: boolean;
	input: PaybackInput;
}

/** The calculator's inputs from the careers and the URL state: edited years over the education default; tuition 0 unless entered. */
export function paybackInputs(careers: readonly PaybackCareer[], state: PaybackState, percentile: PaybackPercentile = state.percentile): PaybackAssumption[] {
	return careers.map((c) => {
		const defaultYears = yearsOfTraining(c.education);
		const edited = state.years[c.soc];
		const tuition = state.tuition[c.soc];
		const pay: Figure = c.pay ? c.pay[percentile] : { missing: 'notAvailable' };
		return {
			soc: c.soc,
			title: c.title,
			education: c.education,
			defaultYears,
			yearsEdited: edited !== undefined,
			tuitionEntered: tuition !== undefined,
			input: { soc: c.soc, trainingYears: edited ?? defaultYears ?? 0, tuitionPerYear: tuition ?? 0, pay }
		};
	});
}
