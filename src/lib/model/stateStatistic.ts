import type { Figure } from '../data/schema';
import type { PriceAdjustedState } from './priceAdjustedStates';

/** What the state map shows: the published mean, or the mean divided by the BEA price parity. */
export type StatePrices = 'published' | 'rpp';
export const STATE_PRICES: readonly StatePrices[] = ['published', 'rpp'];

/** BEA parity year paired with the OEWS May 2023 state means: the same year. */
export const RPP_YEAR = 2023;

export interface StateStatistic {
	/** Statistic name in exports and file names. */
	id: string;
	/** Column heading, legend and tooltip label. */
	label: string;
	/** What the figure is, for subtitles and summaries ("mean annual wage …"). */
	describe: (basis: string) => string;
	/** What one export row of it means (the sidecar's definition). */
	definition: string;
	/** The figure drawn, ranked and exported. */
	figure: (r: PriceAdjustedState) => Figure;
	/** What a top-coded figure is at least. */
	topCode: (r: PriceAdjustedState, published: Figure) => Figure;
}

export const STATE_STATISTICS: Record<StatePrices, StateStatistic> = {
	published: {
		id: 'mean',
		label: 'Mean wage',
		describe: (basis) => `Mean ${basis} wage (average, not median)`,
		definition: 'Mean wage as published in the OEWS May 2023 state file (an average, not a median).',
		figure: (r) => r.mean,
		topCode: (_r, published) => published
	},
	rpp: {
		id: `mean_divided_by_rpp_${RPP_YEAR}`,
		label: `Mean ÷ BEA price parity ${RPP_YEAR}`,
		describe: (basis) => `Mean ${basis} wage divided by the BEA Regional Price Parity of ${RPP_YEAR} (all items, U.S. = 100)`,
		definition:
			`OEWS May 2023 state mean wage divided by (BEA Regional Price Parity ${RPP_YEAR}, all items, U.S. = 100) / 100, rounded to the cent: ` +
			'roughly what the mean buys at U.S.-average prices. A derived figure, not a BLS estimate.',
		figure: (r) => r.adjusted,
		topCode: (r) => r.adjustedTopCode
	}
};
