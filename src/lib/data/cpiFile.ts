/** data/cpi-u.csv (under 1 KB), fetched by pages that can show constant dollars. */
import cpiUrl from '$data/cpi-u.csv?url';
import { cpiCodec, type CpiYear } from './cpiCodec';
import { importTidy } from './tidyCodecs';

export async function loadCpi(fetch: typeof globalThis.fetch): Promise<CpiYear[]> {
	const response = await fetch(cpiUrl);
	if (!response.ok) throw new Error(`Could not load cpi-u.csv (HTTP ${response.status}).`);
	const result = importTidy(cpiCodec, await response.text(), 'cpi-u.csv');
	if (result.problems.length > 0) throw new Error(`cpi-u.csv, line ${result.problems[0].line}: ${result.problems[0].reason}`);
	return result.rows;
}
