import { describe, expect, it } from 'vitest';
import { oneRowPerCode } from '../../../src/lib/model/oneRowPerCode';
import { wage } from '../../fixtures/model/build';

// OEWS May 2025: 29-2010 is listed as a broad and as a detailed row with the same figures.
const labBroad = wage({ sourceId: 'oews-national-2025', soc: '29-2010', level: 'broad', title: 'Clinical Laboratory Technologists and Technicians' });
const labDetailed = { ...labBroad, level: 'detailed' as const };
const aidesBroad = wage({ soc: '31-1120', level: 'broad' });
const aidesDetailed = { ...aidesBroad, level: 'detailed' as const };
const mrs = wage();
const mrsHospital = wage({ naics: '622100' });
const mrs2024 = wage({ sourceId: 'oews-national-2024' });
const emtBroad = wage({ soc: '29-2040', level: 'broad' });
const minor = { ...labBroad, level: 'minor' as const };

describe('oneRowPerCode', () => {
	it.each([
		['broad before detailed keeps detailed', [labBroad, labDetailed], [labDetailed]],
		['detailed before broad keeps detailed', [labDetailed, labBroad], [labDetailed]],
		['each code on its own', [aidesBroad, labBroad, aidesDetailed, labDetailed], [aidesDetailed, labDetailed]],
		['a broad row alone stays (29-2040 from May 2021)', [emtBroad], [emtBroad]],
		['a broad row beats a minor row of the same code', [minor, labBroad], [labBroad]],
		['other industries are other estimates', [mrs, mrsHospital], [mrs, mrsHospital]],
		['other releases are other estimates', [mrs, mrs2024], [mrs, mrs2024]],
		['order of the rows kept', [mrs2024, mrs, labDetailed], [mrs2024, mrs, labDetailed]],
		['no rows', [], []]
	])('%s', (_n, rows, expected) => {
		expect(oneRowPerCode(rows)).toEqual(expected);
	});
});
