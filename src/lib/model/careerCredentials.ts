import { compareText } from './compareText';
import type { CertificationFact, ProjectionRecord, SurveyFigure } from '../data/schema';
import { surveysOfDimension } from './rowIndex';

/** One requirement the certification facts file records for a credential, with where it was read. */
export interface CredentialFact {
	/** "Eligibility (exam prerequisites)", "Program", "Keeping it" or the file's own fact type. */
	kind: string;
	text: string;
	publisher: string;
	/** The first address in the file's source_url, or "" when it holds none. */
	url: string;
	sourceKind: string;
	notes: string;
	/** The compiler marked the source "verify" (e.g. a third-party study guide): shown with that caveat. */
	unverified: boolean;
}

/** A credential the facts file records for the career: its short code, full name, certifying body and facts. */
export interface RecordedCredential {
	code: string;
	name: string;
	body: string;
	facts: CredentialFact[];
}

/** A credential the trade-survey figures name for the career, with no requirement in the facts file. */
export interface NamedCredential {
	code: string;
	/** e.g. "AAPC 2009–2025" */
	namedIn: string;
	/** The newest survey year that names it. */
	latest: number;
}

export interface CareerCredentials {
	soc: string;
	recorded: RecordedCredential[];
	namedInSurveys: NamedCredential[];
	/** What the BLS projections say about entry to the occupation, for when no credential is recorded; "" without a projection. */
	bls: string;
}

const KINDS: Record<string, string> = {
	certification_eligibility: 'Eligibility (exam prerequisites)',
	program_length: 'Program',
	certification_maintenance: 'Keeping it'
};
/** Rows of the facts file that restate BLS education categories; those come from the projections instead. */
const EDUCATION_FACTS = new Set(['typical_entry_level_education', 'work_experience_in_related_occupation', 'typical_on_the_job_training']);

/** "CMD (Certified Medical Dosimetrist)" → "CMD"; "NMT (ARRT(N) / CNMT)" → "NMT". */
const codeOf = (credential: string) => credential.split(/[\s(]/)[0].trim();
/** The part in brackets when it spells the name out, e.g. "Certified Medical Dosimetrist". */
const nameOf = (credential: string) => credential.match(/\((.+)\)$/)?.[1] ?? '';

/**
 * The trade surveys in this data are AAPC's and AHIMA's surveys of coding and billing staff. Their credential
 * categories belong to medical records specialists (29-2072), except the biller's CPB (43-3021).
 */
const SURVEY_CAREER: Record<string, string> = { CPB: '43-3021' };
const SURVEYED_DEFAULT = '29-2072';
/** A credential code: capitals, digits and hyphens ("CPC", "CPC-A"), not words like "Multiple". */
const CODE = /^[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)?$/;

const yearSpan = (years: number[]) => {
	const lo = Math.min(...years);
	const hi = Math.max(...years);
	return lo === hi ? String(lo) : `${lo}–${hi}`;
};

function factOf(c: CertificationFact): CredentialFact {
	return {
		kind: KINDS[c.factType] ?? c.factType.replaceAll('_', ' '),
		// Facts sometimes repeat their credential ("RHIA: …") before the text.
		text: c.factValue.replace(new RegExp(`^${codeOf(c.credential)}:\\s*`), ''),
		publisher: c.sourcePublisher,
		url: c.sourceUrl.match(/https?:\/\/\S+/)?.[0] ?? '',
		sourceKind: c.sourceKind,
		notes: c.notes,
		unverified: /verify/i.test(c.sourceKind)
	};
}

/**
 * Everything this data records about a career's credentials: the facts file's credentials (body, full name,
 * eligibility, program, upkeep, each with its source), the credential codes the salary surveys name for it
 * (whose requirements the facts file does not hold), and the BLS entry requirements for when neither exists.
 */
export function careerCredentials(
	soc: string,
	certifications: readonly CertificationFact[],
	surveys: readonly Pick<SurveyFigure, 'organization' | 'surveyYear' | 'dimension' | 'category'>[],
	projection: Pick<ProjectionRecord, 'education' | 'experience' | 'training'> | null
): CareerCredentials {
	const byCode = new Map<string, RecordedCredential>();
	for (const c of certifications) {
		if (!c.socs.includes(soc) || EDUCATION_FACTS.has(c.factType) || !c.credential) continue;
		const code = codeOf(c.credential);
		const entry = byCode.get(code) ?? { code, name: '', body: '', facts: [] };
		entry.name ||= nameOf(c.credential);
		entry.body ||= c.certifyingBody;
		entry.facts.push(factOf(c));
		byCode.set(code, entry);
	}
	const named = new Map<string, { orgs: Set<string>; years: number[] }>();
	for (const s of surveysOfDimension(surveys, 'credential')) {
		const code = codeOf(s.category);
		if (!CODE.test(code) || byCode.has(code) || (SURVEY_CAREER[code] ?? SURVEYED_DEFAULT) !== soc) continue;
		const entry = named.get(code) ?? { orgs: new Set(), years: [] };
		entry.orgs.add(s.organization);
		entry.years.push(s.surveyYear);
		named.set(code, entry);
	}
	const p = projection;
	return {
		soc,
		recorded: [...byCode.values()],
		// Newest first: a credential still surveyed in 2025 matters more to a reader than one last seen in 2010.
		namedInSurveys: [...named]
			.map(([code, e]) => ({ code, namedIn: `${[...e.orgs].join(', ')} ${yearSpan(e.years)}`, latest: Math.max(...e.years) }))
			.sort((a, b) => b.latest - a.latest || compareText(a.code, b.code)),
		bls:
			p && p.education
				? `BLS Employment Projections 2024–34: typical entry-level education ${p.education}; work experience in a related occupation ${p.experience || 'not stated'}; typical on-the-job training ${p.training || 'not stated'}. The projections hold no certification field.`
				: ''
	};
}

/**
 * One line for a handout cell: recorded credentials with their bodies, then up to `named` survey-named codes
 * (newest first), or "none recorded" when the data holds neither. The handout's notes say that survey-named
 * credentials have no recorded requirements.
 */
export function credentialsLine(c: CareerCredentials, named = 4): string {
	const recorded = c.recorded.map((r) => `${r.code} (${r.body.split(' (')[0]}${r.facts.some((f) => f.unverified) ? ', source unverified' : ''})`);
	const codes = c.namedInSurveys.slice(0, named).map((n) => n.code);
	const more = c.namedInSurveys.length - codes.length;
	const surveyed = codes.length ? [`salary surveys name ${codes.join(', ')}${more > 0 ? ` and ${more} more` : ''}`] : [];
	return [...recorded, ...surveyed].join('; ') || 'none recorded';
}
