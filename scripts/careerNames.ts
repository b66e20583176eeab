import type { CareerGroup } from '../src/lib/data/schema';

/** Occupations outside SOC 29-/31- that the dashboard also covers. */
export const EXTRA_SOCS = ['00-0000', '11-9111', '13-1041', '43-3021', '43-6013'];

/** Coding and health-information roles, and the reference row; everything else is "healthcare". */
export const GROUPS: Record<string, CareerGroup> = {
	'29-2072': 'coding',
	'29-9021': 'coding',
	'43-3021': 'coding',
	'11-9111': 'coding',
	// A step of the coding ladder (coding auditors and compliance specialists may be counted here).
	'13-1041': 'coding',
	'00-0000': 'reference'
};

/** The words people search for, by SOC code (BLS sample job titles and everyday names). */
export const ALIASES: Record<string, string[]> = {
	'29-2072': ['medical coder', 'coder', 'medical coding', 'medical billing and coding', 'health information coder', 'coding specialist', 'medical records technician', 'health records technician', 'medical bill coder', 'CPC', 'CCS'],
	'29-9021': ['health information technologist', 'medical registrar', 'cancer registrar', 'tumor registrar', 'health information management', 'HIM', 'RHIT', 'RHIA'],
	'43-3021': ['medical biller', 'billing specialist', 'billing clerk', 'posting clerk', 'CPB'],
	'11-9111': ['health information manager', 'HIM director', 'coding manager', 'practice manager', 'healthcare administrator', 'clinic manager'],
	'13-1041': ['compliance officer', 'compliance specialist', 'coding compliance', 'compliance auditor'],
	'43-6013': ['medical secretary', 'medical administrative assistant', 'unit secretary', 'medical office assistant'],
	'29-2036': ['dosimetrist', 'CMD', 'certified medical dosimetrist'],
	'29-2033': ['nuclear medicine tech', 'nuc med tech', 'NMT', 'CNMT'],
	'29-1071': ['anesthesiologist assistant', 'CAA', 'certified anesthesiologist assistant', 'PA', 'PA-C'],
	'29-1151': ['CRNA', 'certified registered nurse anesthetist'],
	'29-1124': ['radiation therapy', 'radiation oncology therapist'],
	'29-2034': ['rad tech', 'radiographer', 'x-ray technician', 'x-ray tech', 'CT technologist'],
	'29-2032': ['sonographer', 'ultrasound tech', 'ultrasound technician', 'echo tech'],
	'29-2035': ['MRI tech', 'MRI technician'],
	'29-1141': ['RN', 'nurse'],
	'29-2055': ['surgical tech', 'scrub tech', 'operating room technician'],
	'29-2052': ['pharmacy tech', 'CPhT'],
	'31-9092': ['MA', 'CMA', 'clinical medical assistant'],
	'29-2061': ['LPN', 'LVN', 'practical nurse'],
	'31-9094': ['transcriptionist', 'medical transcription', 'healthcare documentation specialist'],
	'29-1211': ['anesthesiology', 'anesthesia physician'],
	'29-2010': ['lab tech', 'medical laboratory scientist', 'medical technologist'],
	'31-9097': ['phlebotomy tech', 'blood drawer'],
	'29-1292': ['hygienist'],
	'00-0000': ['all jobs', 'average job', 'all occupations']
};

/** What a reader must know about a code. */
export const NOTES: Record<string, string> = {
	'29-1071':
		'BLS counts anesthesiologist assistants among physician assistants (SOC 29-1071); their pay and outlook are not published separately.',
	'29-2072': 'BLS uses this code for medical coders and medical records and health information technicians.',
	'29-2098':
		'A May 2020 combined code: medical dosimetrists, medical records specialists and health technologists and technicians, all other. It is not comparable with the separate codes used from May 2021.',
	'29-2040':
		'A detailed occupation in May 2020; from May 2021 BLS publishes it as a broad occupation that groups 29-2042 Emergency Medical Technicians and 29-2043 Paramedics.',
	'13-1041': 'All compliance officers in every industry; coding auditors and compliance specialists may be counted here or under 29-2072.',
	'00-0000': 'All occupations in the U.S. economy, shown for reference.'
};
