/**
 * Alphabetical order of English labels and codes, ignoring case (ties broken by case so the order is total).
 * Used instead of `localeCompare`, whose first call loads the locale's collation data while the page hydrates.
 */
export function compareText(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	if (x !== y) return x < y ? -1 : 1;
	return a < b ? -1 : a > b ? 1 : 0;
}
