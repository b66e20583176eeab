import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/schema';
import type { SettingRow } from '../../../src/lib/model/settingsProfile';
import { sortSettings } from '../../../src/lib/model/sortSettings';

const NA: Figure = { missing: 'notAvailable' };
const TOP: Figure = { missing: 'topCoded' };
const row = (naics: string, employment: Figure, median: Figure, parent = ''): SettingRow => ({
	naics,
	industry: naics,
	ownCode: '5',
	sourceId: 'x',
	kind: parent ? 'industry' : 'sector',
	parent,
	employment,
	mean: NA,
	p10: NA,
	p25: NA,
	median,
	p75: NA,
	p90: NA
});
const rows = [
	row('52', 5790, 63360),
	row('524100', 4430, 63790, '52'),
	row('53', NA, 50890),
	row('62', 122640, 48690),
	row('621100', 36690, 45620, '62'),
	row('622100', 48320, 57270, '62'),
	row('55', 16260, TOP),
	row('999000', 10, 1, '99')
];

describe('sortSettings', () => {
	it.each([
		['employment', ['62', '622100', '621100', '55', '52', '524100', '53', '999000']],
		['median', ['55', '52', '524100', '53', '62', '622100', '621100', '999000']]
	] as const)('by %s: largest first, industries under their sector, unpublished and orphans last', (by, order) => {
		expect(sortSettings(rows, by).map((r) => r.naics)).toEqual(order);
	});
	it('keeps every row', () => expect(sortSettings(rows, 'employment')).toHaveLength(rows.length));
	it('handles no rows', () => expect(sortSettings([], 'median')).toEqual([]));
});
