/**
 * The May releases between the first and last year shown that the data does not hold, as a sentence
 * ("No May 2022 release is in this data."); "" when the years run without a gap. Years that are not
 * four-digit numbers (imported files) are ignored.
 */
export function missingReleases(years: readonly string[]): string {
	const shown = [...new Set(years.filter((y) => /^\d{4}$/.test(y)).map(Number))].sort((a, b) => a - b);
	if (shown.length < 2) return '';
	const gaps: number[] = [];
	for (let y = shown[0] + 1; y < shown.at(-1)!; y++) if (!shown.includes(y)) gaps.push(y);
	if (gaps.length === 0) return '';
	const list = gaps.map((y) => `May ${y}`);
	const names = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
	return `No ${names} release${gaps.length > 1 ? 's are' : ' is'} in this data.`;
}
