import type { ProjectionRecord, WageRecord } from '../src/lib/data/schema';

/**
 * The detailed occupations of one national release, one row per SOC code. BLS lists a few codes at two
 * levels (13-1020, 29-2010, … appear as both "broad" and "detailed" with the same figures); only the
 * detailed row is kept, so no occupation is counted twice. A code listed twice as detailed stops the build.
 */
export function detailedOnce(records: readonly WageRecord[]): WageRecord[] {
	const seen = new Map<string, WageRecord>();
	for (const r of records) {
		if (r.level !== 'detailed') continue;
		if (seen.has(r.soc)) throw new Error(`${r.sourceId}: ${r.soc} is listed twice as a detailed occupation`);
		seen.set(r.soc, r);
	}
	return [...seen.values()].sort((a, b) => a.soc.localeCompare(b.soc));
}

/** Employment Projections line items (detailed occupations, no summary rows), by SOC code. */
export const lineItems = (projections: readonly ProjectionRecord[]): ProjectionRecord[] =>
	projections.filter((p) => p.occupationType === 'Line item').sort((a, b) => a.soc.localeCompare(b.soc));
