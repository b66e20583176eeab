import { describe, expect, it } from 'vitest';
import type { TrainingRow } from '../../../src/lib/charts/layoutTraining';
import { trainingExport } from '../../../src/lib/export/trainingExport';
import { SOURCES } from './sources';

const rows: TrainingRow[] = [
	{ soc: '29-2072', label: 'Medical Records Specialists', education: 'Postsecondary nondegree award', medianPay: 50250, openings: 14.2, emphasis: true },
	{ soc: '29-1151', label: 'Nurse Anesthetists', education: "Master's degree", medianPay: { missing: 'topCoded' }, openings: 3.3, emphasis: false },
	{ soc: '29-9999', label: 'Unknown', education: '', medianPay: 50000, openings: { missing: 'notAvailable' }, emphasis: false }
];

describe('trainingExport', () => {
	const out = trainingExport(rows, 'OEWS May 2024', { sources: SOURCES, sourceId: 'ep-2024-34' }, 'Training and pay');
	const cell = (soc: string, statistic: string) => out.find((r) => r.soc === soc && r.statistic === statistic)!;

	it('four statistics per career, each naming the projections source', () => {
		expect(out.map((r) => r.statistic).slice(0, 4)).toEqual(['typical_entry_education', 'approx_years_of_training', 'median', 'openings_per_year']);
		expect(out.every((r) => r.source_id === 'ep-2024-34' && r.release === '2024–34')).toBe(true);
	});

	it('education is text; years are marked as an approximation; pay and openings keep their units', () => {
		expect(cell('29-2072', 'typical_entry_education')).toMatchObject({ unit: 'text', value: 'Postsecondary nondegree award' });
		expect(cell('29-2072', 'approx_years_of_training')).toMatchObject({ unit: 'years', value: '1' });
		expect(cell('29-2072', 'approx_years_of_training').note).toMatch(/approximation/);
		expect(cell('29-2072', 'median')).toMatchObject({ unit: 'usd_per_year', value: '50250' });
		expect(cell('29-2072', 'median').note).toContain('OEWS May 2024');
		expect(cell('29-2072', 'openings_per_year')).toMatchObject({ unit: 'thousands', value: '14.2' });
	});

	it('missing figures say why', () => {
		expect(cell('29-1151', 'median')).toMatchObject({ value: '', status: 'topCoded' });
		expect(cell('29-9999', 'typical_entry_education')).toMatchObject({ value: '', status: 'notAvailable' });
		expect(cell('29-9999', 'approx_years_of_training')).toMatchObject({ value: '', status: 'notAvailable' });
		expect(cell('29-9999', 'openings_per_year')).toMatchObject({ value: '', status: 'notAvailable' });
	});
});
