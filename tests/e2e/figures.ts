/**
 * Published figures, written out as literals from the BLS table (OEWS May 2025, national, cross-industry:
 * national_M2025_dl, A_MEDIAN and H_MEDIAN), so a browser test compares the screen with what BLS published,
 * not with what the app's own importer and formatter make of it.
 */
export const latestYear = '2025';

const MEDIANS: Record<string, { annual: string; hourly: string }> = {
	'29-2072': { annual: '$51,140', hourly: '$24.59' },
	'29-2033': { annual: '$101,370', hourly: '$48.74' },
	'29-1071': { annual: '$135,880', hourly: '$65.33' },
	'29-2036': { annual: '$147,470', hourly: '$70.90' },
	'29-9021': { annual: '$68,020', hourly: '$32.70' },
	'43-3021': { annual: '$48,500', hourly: '$23.32' },
	'11-9111': { annual: '$123,860', hourly: '$59.55' },
	'29-2034': { annual: '$80,110', hourly: '$38.52' },
	'29-2032': { annual: '$96,590', hourly: '$46.44' },
	'29-1141': { annual: '$97,550', hourly: '$46.90' },
	'29-2055': { annual: '$64,650', hourly: '$31.08' },
	'29-2052': { annual: '$45,750', hourly: '$22.00' },
	'31-9092': { annual: '$45,690', hourly: '$21.97' },
	'29-1151': { annual: '$236,590', hourly: '$113.75' },
	'29-9099': { annual: '$65,790', hourly: '$31.63' },
	'31-9096': { annual: '$38,150', hourly: '$18.34' }
};

/** The May 2025 national median of a SOC code as the site shows it ("$51,140", "$24.59"). */
export function latestMedian(soc: string, basis: 'annual' | 'hourly'): string {
	const figure = MEDIANS[soc];
	if (!figure) throw new Error(`${soc}: add its published May 2025 median to tests/e2e/figures.ts`);
	return figure[basis];
}
