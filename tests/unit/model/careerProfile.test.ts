import { describe, expect, it } from 'vitest';
import type { CertificationFact } from '../../../src/lib/data/schema';
import { careerProfile } from '../../../src/lib/model/careerProfile';
import { emptyDataset } from '../../../src/lib/model/dataset';
import { nationalReleases, nationalSourceOf, releaseYear } from '../../../src/lib/model/nationalReleases';
import { career, projection, source, wage } from '../../fixtures/model/build';

const fact = (socs: string[], factType: string): CertificationFact => ({
	sourceId: 'certification-facts', socs, occupation: '', factType, factValue: 'x', credential: '', certifyingBody: '', sourcePublisher: '', sourceUrl: '', sourceKind: '', notes: ''
});

describe('careerProfile', () => {
	const data = {
		...emptyDataset(),
		careers: [career('29-2036', 'Medical Dosimetrists')],
		wages: [wage({ soc: '29-2036', sourceId: 'oews-national-2024' })],
		projections: [projection({ soc: '29-2036' })],
		certifications: [fact(['29-2036'], 'certification_eligibility'), fact(['29-2036'], 'typical_entry_level_education'), fact(['29-1071'], 'program_length')]
	};
	it('gathers pay in both units, the projection and certification facts of one code', () => {
		const p = careerProfile(data, '29-2036', 'oews-national-2024')!;
		expect(p.career.title).toBe('Medical Dosimetrists');
		expect(p.pay.annual?.soc).toBe('29-2036');
		expect(p.pay.hourly?.basis).toBe('hourly');
		expect(p.growth?.soc).toBe('29-2036');
		expect(p.certifications.map((c) => c.factType)).toEqual(['certification_eligibility']);
	});
	it.each([
		['99-9999', 'oews-national-2024', 'unknown code'],
	])('%s → null (%s)', (soc, sourceId) => expect(careerProfile(data, soc, sourceId)).toBeNull());
	it('has no pay when the release lacks the code', () => {
		expect(careerProfile(data, '29-2036', 'oews-national-2020')!.pay.annual).toBeNull();
	});
});

describe('nationalReleases', () => {
	const sources = [
		source('oews-sector-2024', '2024-05-01', { scope: 'industry' }),
		source('oews-national-2024', '2024-05-01'),
		source('oews-national-2020', '2020-05-01'),
		source('ep-2024-34', '2024-09-01', { program: 'Employment Projections' })
	];
	it('keeps national OEWS files, oldest first', () =>
		expect(nationalReleases(sources).map((s) => s.id)).toEqual(['oews-national-2020', 'oews-national-2024']));
	it('maps years both ways', () => {
		expect(releaseYear(sources[1])).toBe('2024');
		expect(nationalSourceOf(sources, '2020')?.id).toBe('oews-national-2020');
		expect(nationalSourceOf(sources, '2019')).toBeUndefined();
	});
});

describe('careerProfile certification facts', () => {
	it('leaves facts flagged "verify" out of the quick facts', () => {
		const data = {
			...emptyDataset(),
			careers: [career('29-2072', 'Medical Records Specialists')],
			certifications: [{ ...fact(['29-2072'], 'certification_eligibility'), sourceKind: 'third-party study guide; verify before use' }]
		};
		expect(careerProfile(data, '29-2072', 'oews-national-2024')!.certifications).toEqual([]);
	});
});
