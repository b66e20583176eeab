import { describe, expect, it } from 'vitest';
import { versusTableExport } from '../../../src/lib/export/versusTableExport';
import { compareToReference } from '../../../src/lib/model/compareToReference';
import { summarizePay } from '../../../src/lib/model/summarizePay';
import { wage, wageSet } from '../../fixtures/model/build';
import { SOURCES } from './sources';

const wages = [
	wage(),
	wage({ soc: '29-2033', title: 'Nuclear Medicine Technologists', hourly: wageSet(30, 35, 44.59, 50, 60) }),
	wage({ soc: '29-9021', title: 'Health Information Technologists', hourly: wageSet(NaN, NaN, { missing: 'notAvailable' }, NaN, NaN) })
];
const titleOf = (soc: string) => wages.find((w) => w.soc === soc)!.title;

describe('versusTableExport', () => {
	const summaries = ['29-2072', '29-2033', '29-9021'].map((soc) => summarizePay(wages, soc, 'oews-national-2023', 'hourly')!);
	const table = versusTableExport(compareToReference(summaries, '29-2072', 'median'), titleOf, SOURCES);

	it('one row per career in the table order, in the table shape', () => {
		expect(table.columns.map((c) => c.name)).toEqual(['soc', 'occupation', 'median', 'median_difference', 'median_ratio', 'reference_soc', 'source_id', 'release', 'wage_unit']);
		expect(table.rows).toEqual([
			['29-2072', 'Medical Records Specialists', '23.45', '0', '1', '29-2072', 'oews-national-2023', 'May 2023', 'usd_per_hour'],
			['29-2033', 'Nuclear Medicine Technologists', '44.59', '21.14', '1.9015', '29-2072', 'oews-national-2023', 'May 2023', 'usd_per_hour'],
			['29-9021', 'Health Information Technologists', 'notAvailable', 'notAvailable', 'notAvailable', '29-2072', 'oews-national-2023', 'May 2023', 'usd_per_hour']
		]);
	});
});
