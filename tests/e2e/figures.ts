/** Published figures read from the shipped data/ with the app's own importer, so tests compare the screen with the data. */
import { readFileSync, readdirSync } from 'node:fs';
import { importTidyWages } from '../../src/lib/data/tidyWages';
import { formatWage } from '../../src/lib/format';

const dataDir = new URL('../../data/', import.meta.url);
const latestNational = readdirSync(dataDir)
	.filter((f) => /^oews-national-\d{4}\.csv$/.test(f))
	.sort()
	.at(-1)!;

export const latestYear = latestNational.match(/\d{4}/)![0];

const wages = importTidyWages(readFileSync(new URL(latestNational, dataDir), 'utf8'), latestNational).rows;

/** The latest release's national median of a SOC code, formatted as the site formats it. */
export function latestMedian(soc: string, basis: 'annual' | 'hourly'): string {
	const record = wages.find((r) => r.soc === soc && r.level !== 'broad');
	if (!record) throw new Error(`${soc} is not in ${latestNational}`);
	return formatWage(record[basis].median, basis);
}
