import type { Figure, MissingReason, PayBasis } from './data/schema';

/**
 * Every number on screen and in text summaries is formatted here, with its unit, as d3-format's fixed-point
 * specifiers would write it ("$,.0f", "+.1f", …; a unit test holds the two to the same text): rounded by
 * Number.prototype.toFixed, grouped in threes, and a true minus sign (−). A negative value that rounds to zero
 * keeps its sign only where the sign is always shown. Not Intl.NumberFormat: creating its formatters loads the
 * locale's data, some 50 ms of a phone's first second on every page (4× CPU slowdown).
 */
export const fixed =
	(digits: number, { prefix = '', group = false, sign = false }: { prefix?: string; group?: boolean; sign?: boolean } = {}) =>
	(v: number): string => {
		const [whole, fraction] = Math.abs(v).toFixed(digits).split('.');
		const negative = (v < 0 || Object.is(v, -0)) && (sign || /[1-9]/.test(whole + (fraction ?? '')));
		const body = (group ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole) + (fraction === undefined ? '' : `.${fraction}`);
		return `${negative ? '−' : sign ? '+' : ''}${prefix}${body}`;
	};
const usd = fixed(0, { prefix: '$', group: true });
const usdCents = fixed(2, { prefix: '$', group: true });
const count = fixed(0, { group: true });
const oneDecimal = fixed(1, { group: true });
const signedPercent = fixed(1, { sign: true });
const whole = fixed(0);
const twoDecimals = fixed(2);
const threeDecimals = fixed(3);

export const MISSING_LABELS: Record<MissingReason, string> = {
	topCoded: 'top-coded',
	notAvailable: 'not published',
	fewEstablishments: 'too few establishments to publish',
	notInRelease: 'not in this release',
	notReleased: 'not released in this unit'
};

/** "$50,250" a year or "$24.16" an hour; a top-coded wage reads "≥ $239,200" (the release's threshold). */
export function formatWage(f: Figure, basis: PayBasis, topCode?: Figure): string {
	if (typeof f === 'number') return basis === 'hourly' ? usdCents(f) : usd(f);
	if (f.missing === 'topCoded')
		return typeof topCode === 'number' ? `≥ ${basis === 'hourly' ? usdCents(topCode) : usd(topCode)}` : 'top-coded (very high)';
	if (f.missing === 'notReleased') return basis === 'hourly' ? 'hourly wage not released' : 'annual wage not released';
	return MISSING_LABELS[f.missing];
}

/** Short axis ticks: "$50k", "$24". */
export const formatAxisWage = (v: number, basis: PayBasis) =>
	basis === 'hourly' ? `$${whole(v)}` : v >= 1000 ? `$${whole(v / 1000)}k` : usd(v);

/** Short axis ticks for people: "120k", "950". */
export const formatAxisCount = (v: number) => (v >= 1000 ? `${whole(v / 1000)}k` : whole(v));

/** People: "187,910". */
export const formatCount = (f: Figure) => (typeof f === 'number' ? count(f) : MISSING_LABELS[f.missing]);

/** Projections are in thousands: 194.8 → "194,800". */
export const formatThousands = (f: Figure) => (typeof f === 'number' ? count(f * 1000) : MISSING_LABELS[f.missing]);

/** 7.1 → "+7.1%". */
export const formatChange = (f: Figure) => (typeof f === 'number' ? `${signedPercent(f)}%` : MISSING_LABELS[f.missing]);

/** 7.1 → "7.1%". */
export const formatPercent = (f: Figure) => (typeof f === 'number' ? `${oneDecimal(f)}%` : MISSING_LABELS[f.missing]);

/** Ratio 1.27 → "1.27×". */
export const formatRatio = (f: Figure) => (typeof f === 'number' ? `${twoDecimals(f)}×` : MISSING_LABELS[f.missing]);

/** A price parity as BEA publishes it, three decimals: 88.7 → "88.700"; null → "none". */
export const formatParity = (rpp: number | null) => (rpp === null ? 'none' : threeDecimals(rpp));

/** A projection decade as BLS writes it: 2024, 2034 → "2024–34". */
export const formatPeriod = (baseYear: number, targetYear: number) => `${baseYear}–${String(targetYear).slice(-2)}`;

/** "per year" / "per hour". */
export const basisUnit = (basis: PayBasis) => (basis === 'hourly' ? 'per hour' : 'per year');
