import { describe, expect, it } from 'vitest';
import type { CertificationFact, SurveyFigure } from '../../../src/lib/data/schema';
import { careerCredentials, credentialsLine } from '../../../src/lib/model/careerCredentials';

const fact = (over: Partial<CertificationFact>): CertificationFact => ({
	sourceId: 'certification-facts',
	socs: ['29-2036'],
	occupation: '',
	factType: 'certification_eligibility',
	factValue: 'x',
	credential: '',
	certifyingBody: '',
	sourcePublisher: '',
	sourceUrl: '',
	sourceKind: 'certifying body website',
	notes: '',
	...over
});
const cmd = fact({ credential: 'CMD (Certified Medical Dosimetrist)', certifyingBody: 'MDCB (Medical Dosimetrist Certification Board)', factValue: "Minimum bachelor's degree", sourcePublisher: 'MDCB', sourceUrl: 'https://mdcb.org/why-hire-cmd' });
const cmdUpkeep = fact({ credential: 'CMD', certifyingBody: 'MDCB', factType: 'certification_maintenance', factValue: 'Annual fee $175', sourcePublisher: 'MDCB', sourceUrl: 'https://mdcb.org/cmd-credentialing' });
const education = fact({ factType: 'typical_entry_level_education', factValue: "Bachelor's degree" });
const rhia = fact({
	socs: ['29-9021', '29-2072'],
	credential: 'RHIA',
	certifyingBody: 'AHIMA',
	factValue: 'RHIA: CAHIIM-accredited program',
	sourceUrl: 'https://open-exam-prep.com/rhia (study guide)',
	sourceKind: 'third-party study guide (not AHIMA); verify before use'
});
const survey = (category: string, surveyYear: number, dimension = 'credential'): Pick<SurveyFigure, 'organization' | 'surveyYear' | 'dimension' | 'category'> => ({
	organization: 'AAPC',
	surveyYear,
	dimension,
	category
});
const surveys = [
	survey('CPC', 2010),
	survey('CPC', 2025),
	survey('CRC (Certified Risk Adjustment Coder)', 2025),
	survey('CPC-A', 2009),
	survey('CPB (Certified Professional Biller)', 2019),
	survey('Multiple specialty credentials', 2009),
	survey('Certified', 2025, 'certification_status')
];
const projection = { education: 'Postsecondary nondegree award', experience: 'None', training: 'None' };

describe('careerCredentials', () => {
	it('groups the facts of one credential under its code, with its full name, body and sources', () => {
		const c = careerCredentials('29-2036', [cmd, cmdUpkeep, education], [], null);
		expect(c.recorded).toEqual([
			{
				code: 'CMD',
				name: 'Certified Medical Dosimetrist',
				body: 'MDCB (Medical Dosimetrist Certification Board)',
				facts: [
					{ kind: 'Eligibility (exam prerequisites)', text: "Minimum bachelor's degree", publisher: 'MDCB', url: 'https://mdcb.org/why-hire-cmd', sourceKind: 'certifying body website', notes: '', unverified: false },
					{ kind: 'Keeping it', text: 'Annual fee $175', publisher: 'MDCB', url: 'https://mdcb.org/cmd-credentialing', sourceKind: 'certifying body website', notes: '', unverified: false }
				]
			}
		]);
		expect(c.namedInSurveys).toEqual([]);
	});

	it.each([
		['coder: RHIA from the facts file, survey credentials newest first, the biller\'s CPB left out', '29-2072', ['RHIA'], ['CPC', 'CRC', 'CPC-A']],
		['biller: CPB from the surveys', '43-3021', [], ['CPB']],
		['health information technologist: RHIA only', '29-9021', ['RHIA'], []],
		['a career the file does not name', '29-1141', [], []]
	])('%s', (_n, soc, recorded, named) => {
		const c = careerCredentials(soc, [cmd, rhia], surveys, projection);
		expect(c.recorded.map((r) => r.code)).toEqual(recorded);
		expect(c.namedInSurveys.map((n) => n.code)).toEqual(named);
	});

	it('says where and when the surveys name a credential', () => {
		const c = careerCredentials('29-2072', [], surveys, null);
		expect(c.namedInSurveys.find((n) => n.code === 'CPC')).toEqual({ code: 'CPC', namedIn: 'AAPC 2010–2025', latest: 2025 });
		expect(c.namedInSurveys.find((n) => n.code === 'CPC-A')?.namedIn).toBe('AAPC 2009');
	});

	it('marks a source its compiler flagged "verify" and drops a repeated credential prefix', () => {
		const [r] = careerCredentials('29-2072', [rhia], [], null).recorded;
		expect(r.facts[0]).toMatchObject({ text: 'CAHIIM-accredited program', url: 'https://open-exam-prep.com/rhia', unverified: true });
	});

	it.each([
		['with a projection', projection, /typical entry-level education Postsecondary nondegree award; work experience in a related occupation None; typical on-the-job training None\. The projections hold no certification field\./],
		['without a projection', null, /^$/],
		['with an empty education', { education: '', experience: '', training: '' }, /^$/]
	])('BLS entry requirements %s', (_n, p, expected) => expect(careerCredentials('29-1141', [], [], p).bls).toMatch(expected));
});

describe('credentialsLine', () => {
	it.each([
		['recorded and surveyed, capped', '29-2072', 2, 'RHIA (AHIMA, source unverified); salary surveys name CPC, CRC and 1 more'],
		['recorded only, body without its long name', '29-2036', 4, 'CMD (MDCB)'],
		['nothing recorded', '29-1141', 4, 'none recorded']
	])('%s', (_n, soc, cap, line) => expect(credentialsLine(careerCredentials(soc, [cmd, rhia], surveys, projection), cap)).toBe(line));
});
