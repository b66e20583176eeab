import { describe, expect, it } from 'vitest';
import { versusExport } from '../../../src/lib/export/versusExport';
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

describe('versusExport', () => {
	const summaries = ['29-2072', '29-2033', '29-9021'].map((soc) => summarizePay(wages, soc, 'oews-national-2023', 'hourly')!);
	const out = versusExport(compareToReference(summaries, '29-2072', 'median'), titleOf, { sources: SOURCES }, 'Median pay against Medical Records Specialists');
	const cell = (soc: string, statistic: string) => out.find((r) => r.soc === soc && r.statistic === statistic)!;

	it('three rows per career: median, difference and ratio against the reference', () => {
		expect(out).toHaveLength(9);
		expect(cell('29-2033', 'median')).toMatchObject({ unit: 'usd_per_hour', value: '44.59', source_id: 'oews-national-2023', release: 'May 2023' });
		expect(cell('29-2033', 'median_difference')).toMatchObject({ unit: 'usd_per_hour', value: '21.14', note: 'against 29-2072 Medical Records Specialists' });
		expect(cell('29-2033', 'median_ratio')).toMatchObject({ unit: 'ratio', value: '1.9015' });
		expect(cell('29-2072', 'median_ratio')).toMatchObject({ value: '1', note: 'reference career' });
	});

	it('a median that is not published cannot be compared, and says why', () => {
		expect(cell('29-9021', 'median_difference')).toMatchObject({ value: '', status: 'notAvailable' });
	});
});
