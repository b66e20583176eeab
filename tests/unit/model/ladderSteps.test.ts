import { describe, expect, it } from 'vitest';
import type { CertificationFact, SurveyFigure } from '../../../src/lib/data/schema';
import { emptyDataset, type Dataset } from '../../../src/lib/model/dataset';
import { CODING_LADDER, ladderSteps } from '../../../src/lib/model/ladderSteps';
import { career, projection, wage } from '../../fixtures/model/build';

const rhia: CertificationFact = {
	socs: ['29-9021', '29-2072'],
	occupation: 'Health information (RHIA)',
	factType: 'certification_eligibility',
	sourceId: 'certification-facts',
	factValue: 'CAHIIM-accredited baccalaureate program',
	credential: 'RHIA',
	certifyingBody: 'AHIMA',
	sourcePublisher: 'study guide',
	sourceUrl: 'https://example.org',
	sourceKind: 'third-party study guide; verify',
	notes: ''
};
const cpma: SurveyFigure = {
	sourceId: 'aapc-2012', organization: 'AAPC', surveyYear: 2012, reportLabel: 'AAPC 2012', dimension: 'credential', category: 'CPMA', statistic: 'mean',
	value: 59365, unit: 'USD/year', population: '', sourceUrl: '', sourceKind: '', notes: ''
};

function data(over: Partial<Dataset> = {}): Dataset {
	return {
		...emptyDataset(),
		careers: [career('29-2072', 'Medical Records Specialists'), career('29-9021', 'Health Information Technologists and Medical Registrars'), career('11-9111', 'Medical and Health Services Managers')],
		wages: [wage(), wage({ soc: '29-9021', title: 'HIT' }), wage({ soc: '11-9111', title: 'Managers' })],
		projections: [
			projection(),
			projection({ soc: '29-9021', education: "Associate's degree" }),
			projection({ soc: '11-9111', education: "Bachelor's degree", experience: 'Less than 5 years' })
		],
		certifications: [rhia],
		surveys: [cpma],
		...over
	};
}

describe('ladderSteps', () => {
	const steps = ladderSteps(data(), 'oews-national-2023', 'annual');
	it('has the four coding steps in order', () => {
		expect(steps.map((s) => s.id)).toEqual(CODING_LADDER.map((d) => d.id));
		expect(steps.map((s) => s.soc)).toEqual(['29-2072', null, '29-9021', '11-9111']);
	});
	it('the auditor step has no figures of its own and says where BLS counts it, and what is not in the data', () => {
		const auditor = steps[1];
		expect(auditor.pay).toBeNull();
		expect(auditor.growth).toBeNull();
		expect(auditor.countedIn).toEqual([
			{ soc: '29-2072', title: 'Medical Records Specialists', inData: true, pay: expect.objectContaining({ soc: '29-2072', median: 48780 }) },
			{ soc: '13-1041', title: 'Compliance Officers', inData: false, pay: null }
		]);
	});
	it('coded steps carry pay and growth from their own rows', () => {
		expect(steps[0].pay?.median).toBe(48780);
		expect(steps[0].growth?.percentChange).toBe(7.1);
		expect(steps[3].pay?.soc).toBe('11-9111');
	});
	it('says what each step adds in education and experience', () => {
		expect(steps[0].adds).toEqual(['Typical entry education: Postsecondary nondegree award']);
		expect(steps[1].adds).toEqual([]);
		expect(steps[2].adds).toEqual(["Typical entry education: Associate's degree"]);
		expect(steps[3].adds).toEqual(["Typical entry education: Bachelor's degree", 'Work experience in a related occupation: Less than 5 years']);
	});
	it('a credential without a recorded source has a null fact; a recorded one keeps its source', () => {
		expect(steps[0].credentials).toEqual([{ credential: 'CPC', fact: null }, { credential: 'CCS', fact: null }]);
		expect(steps[2].credentials.find((c) => c.credential === 'RHIA')?.fact).toBe(rhia);
		expect(steps[2].credentials.find((c) => c.credential === 'RHIT')?.fact).toBeNull();
	});
	it('survey figures for the step credentials come along, labelled as survey rows', () => {
		expect(steps[1].survey.map((r) => `${r.organization} ${r.surveyYear} ${r.value}`)).toEqual(['AAPC 2012 59365']);
		expect(steps[0].survey).toEqual([]);
	});
	it('a release without rows gives no pay, and the steps still render', () => {
		expect(ladderSteps(data(), 'oews-national-1999', 'annual').every((s) => s.pay === null)).toBe(true);
	});
	it('13-1041 counts as in the data when careers.csv has it', () => {
		const withCompliance = ladderSteps(data({ careers: [...data().careers, career('13-1041', 'Compliance Officers')] }), 'oews-national-2023', 'annual');
		expect(withCompliance[1].countedIn[1].inData).toBe(true);
	});
	it('a counted-in code with rows in the release carries its own pay (the whole code, not the step)', () => {
		const withCompliance = ladderSteps(
			data({ careers: [...data().careers, career('13-1041', 'Compliance Officers')], wages: [...data().wages, wage({ soc: '13-1041', title: 'Compliance Officers' })] }),
			'oews-national-2023',
			'annual'
		);
		expect(withCompliance[1].countedIn[1].pay?.soc).toBe('13-1041');
		expect(withCompliance[1].pay).toBeNull();
	});
});
