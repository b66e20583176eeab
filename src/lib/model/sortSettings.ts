import type { Figure } from '../data/schema';
import { compareText } from './compareText';
import type { SettingRow } from './settingsProfile';

export type SettingsSort = 'employment' | 'median';

/** Sort key: a number, a top-coded wage above every number, anything unpublished last. */
const key = (f: Figure) => (typeof f === 'number' ? f : f.missing === 'topCoded' ? Number.POSITIVE_INFINITY : null);

const byKeyDesc = (pick: (r: SettingRow) => Figure) => (a: SettingRow, b: SettingRow) => {
	const ka = key(pick(a));
	const kb = key(pick(b));
	if (ka === null || kb === null) return ka === null && kb === null ? compareText(a.naics, b.naics) : ka === null ? 1 : -1;
	return kb - ka || compareText(a.naics, b.naics);
};

/**
 * Orders settings largest first by employment (where the jobs are) or by median pay. A 4-digit
 * industry stays right under its sector, ordered among its siblings by the same key, because its
 * jobs are part of the sector's; industries whose sector is not shown come last.
 */
export function sortSettings(rows: readonly SettingRow[], by: SettingsSort): SettingRow[] {
	const compare = byKeyDesc((r) => (by === 'employment' ? r.employment : r.median));
	const sectors = rows.filter((r) => r.kind === 'sector').sort(compare);
	const children = (code: string) => rows.filter((r) => r.kind === 'industry' && r.parent === code).sort(compare);
	const shown = new Set(sectors.map((s) => s.naics));
	const orphans = rows.filter((r) => r.kind === 'industry' && !shown.has(r.parent)).sort(compare);
	return [...sectors.flatMap((s) => [s, ...children(s.naics)]), ...orphans];
}
