import { describe, expect, it } from 'vitest';
import { normalize, searchCareers } from '../../../src/lib/model/searchCareers';
import { career } from '../../fixtures/model/build';

const careers = [
	career('29-2072', 'Medical Records Specialists', ['medical coder', 'medical billing and coding', 'health information technician']),
	career('29-9021', 'Health Information Technologists and Medical Registrars', ['cancer registrar']),
	career('43-3021', 'Billing and Posting Clerks', ['medical biller']),
	career('11-9111', 'Medical and Health Services Managers', ['health information manager']),
	career('29-2036', 'Medical Dosimetrists', ['dosimetrist', 'CMD']),
	career('29-1071', 'Physician Assistants', ['anesthesiologist assistant', 'CAA', 'PA']),
	career('29-1151', 'Nurse Anesthetists', ['CRNA']),
	career('29-1141', 'Registered Nurses', ['RN', 'nurse']),
	career('31-9092', 'Medical Assistants'),
	career('29-2034', 'Radiologic Technologists and Technicians', ['X-ray tech', 'radiographer'])
];

const search = (q: string) => searchCareers(careers, q).map((m) => m.career.soc);

describe('searchCareers', () => {
	it.each([
		['coder', '29-2072'],
		['Coder', '29-2072'],
		['anesthesiologist assistant', '29-1071'],
		['Anesthesiologist Assistants', '29-1071'],
		['dosimetrist', '29-2036'],
		['dosimetrists', '29-2036'],
		['29-2072', '29-2072'],
		['292072', '29-2072'],
		[' 29 2072 ', '29-2072'],
		['registered nurses', '29-1141'],
		['nurse anesth', '29-1151'],
		['x ray', '29-2034'],
		['x-ray', '29-2034'],
		['crna', '29-1151'],
		['medical records', '29-2072'],
		['Médical Records', '29-2072']
	])('%j → %s first', (q, soc) => expect(search(q)[0]).toBe(soc));

	it.each(['', '   ', '---', '?!'])('empty query %j → []', (q) => expect(searchCareers(careers, q)).toEqual([]));

	it.each(['zzz', 'veterinarian', '99-9999'])('no match for %j', (q) => expect(search(q)).toEqual([]));

	it('tells what matched', () => {
		expect(searchCareers(careers, 'coder')[0]).toMatchObject({ matchedOn: 'alias', text: 'medical coder' });
		expect(searchCareers(careers, '29-2036')[0]).toMatchObject({ matchedOn: 'soc', text: '29-2036' });
		expect(searchCareers(careers, 'medical dosimetrists')[0]).toMatchObject({ matchedOn: 'title' });
	});

	it('ranks title and alias starts above word matches above substrings', () => {
		// "medical" starts four titles/aliases; "Health Information … Medical Registrars" only has it as a word.
		const got = search('medical');
		expect(got.slice(0, 5)).toEqual(['29-2072', '43-3021', '11-9111', '29-2036', '31-9092']);
		expect(got.indexOf('29-9021')).toBeGreaterThan(4);
		// "nurse" is a whole alias of 29-1141 and only the start of 29-1151's title.
		expect(search('nurse')).toEqual(['29-1141', '29-1151']);
		// "rapher" is only inside a word.
		expect(searchCareers(careers, 'rapher')[0]).toMatchObject({ career: { soc: '29-2034' }, score: 40 });
	});

	it('a SOC prefix lists the group in curated order, below an exact code', () => {
		expect(search('29-20')).toEqual(['29-2072', '29-2036', '29-2034']);
		expect(search('29')[0]).toBe('29-2072');
	});

	it('every query word must match', () => {
		expect(search('medical nurse')).toEqual([]);
		expect(search('health manager')).toEqual(['11-9111']);
	});
});

describe('searchCareers with job titles reported to O*NET', () => {
	const withReported = [
		{ ...career('29-1124', 'Radiation Therapists'), reportedTitles: ['Dosimetrist', 'Radiation Therapist (RT)'] },
		{ ...career('29-1224', 'Radiologists'), reportedTitles: ['Nuclear Medicine Physician'] },
		career('29-2033', 'Nuclear Medicine Technologists'),
		...careers
	];
	it.each([
		// A title or curated alias that matches as well wins, whatever the curated order.
		['dosimetrist', ['29-2036', '29-1124']],
		['nuclear medicine', ['29-2033', '29-1224']],
		// A reported title still finds its career when nothing else matches.
		['radiation therapist', ['29-1124']],
		['nuclear medicine physician', ['29-1224']]
	])('%j → %j', (q, socs) => expect(searchCareers(withReported, q).map((m) => m.career.soc)).toEqual(socs));
	it('says it matched on the reported title', () => {
		expect(searchCareers(withReported, 'nuclear medicine physician')[0]).toMatchObject({ matchedOn: 'alias', text: 'Nuclear Medicine Physician' });
	});
});

describe('normalize', () => {
	it.each([
		['Nurse-Anesthetists', 'nurse anesthetists'],
		['  X-Ray  Tech. ', 'x ray tech'],
		['Médecin', 'medecin'],
		['', '']
	])('%j → %j', (t, n) => expect(normalize(t)).toBe(n));
});
