/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
 * Charts label marks directly, so colour is never the only cue.
 */
export const PALETTE = {
	coding: '#0072B2',
	highlight: '#D55E00',
	other: '#6b6b6b',
	reference: '#000000',
	band: '#56B4E9',
	range: '#9fc5e8',
	muted: '#c8c8c8',
	grid: '#e6e6e6',
	series: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000']
} as const;

/** The colour of the i-th series, in a fixed order so a career keeps its colour across charts. */
export const seriesColor = (i: number) => PALETTE.series[i % PALETTE.series.length];
