import { fixed } from '../format';

const share = fixed(3);
const score = fixed(4);
const ordinal = (n: number) => {
	const r = Math.round(n);
	const s = r % 100 >= 11 && r % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[r % 10] ?? 'th';
	return `${r}${s}`;
};

/** An Eloundou beta (share of tasks, 0–1) as the paper's files round it for reading: 0.6176 → "0.618". */
export const formatShare = (v: number) => share(v);
/** A Microsoft AI applicability score: 0.27060 → "0.2706". */
export const formatScore = (v: number) => score(v);
/** A percentile rank as words: 87.5 → "88th percentile". */
export const formatPercentile = (p: number) => `${ordinal(p)} percentile`;
