import { parseFigure, parseSoc, parseYear } from './parseCell';
import type {
	Career,
	CareerGroup,
	CertificationFact,
	Figure,
	MissingReason,
	OccupationLevel,
	ProjectionRecord,
	Source,
	SourceScope,
	SurveyFigure
} from './schema';
import { SOURCE_SCOPES } from './schema';
import { importTable, type RowReader } from './tableImporter';

/** How one typed record is written to and read from a tidy CSV in data/. */
export interface TidyCodec<C extends string, T> {
	columns: readonly C[];
	encode: (record: T) => Record<C, string>;
	decode: RowReader<C, T>;
}

const REASONS = new Set<MissingReason>(['topCoded', 'notAvailable', 'fewEstablishments', 'notInRelease', 'notReleased']);

/** A figure in a wide tidy file: the number, or the reason it is missing spelled out. */
export const figureCell = (f: Figure) => (typeof f === 'number' ? String(f) : f.missing);

function readFigure<C extends string>(get: (c: C) => string, fail: (c: C, r: string, k?: 'notNumber') => null, c: C): Figure {
	const raw = get(c).trim();
	if (REASONS.has(raw as MissingReason)) return { missing: raw as MissingReason };
	const f = parseFigure(raw);
	if (typeof f === 'number') return f;
	fail(c, `Expected a number or one of: ${[...REASONS].join(', ')}.`, 'notNumber');
	return { missing: 'notAvailable' };
}

function readSoc<C extends string>(get: (c: C) => string, fail: (c: C, r: string, k?: 'badCode') => null, c: C): string {
	const soc = parseSoc(get(c));
	if (!soc) fail(c, 'Expected a SOC code like 29-2072.', 'badCode');
	return soc ?? '';
}

const list = (cell: string) => cell.split('|').map((s) => s.trim()).filter(Boolean);

export const sourceCodec: TidyCodec<
	'id' | 'publisher' | 'program' | 'scope' | 'release' | 'reference_date' | 'title' | 'url' | 'file' | 'top_code_hourly' | 'top_code_annual' | 'notes',
	Source
> = {
	columns: ['id', 'publisher', 'program', 'scope', 'release', 'reference_date', 'title', 'url', 'file', 'top_code_hourly', 'top_code_annual', 'notes'],
	encode: (s) => ({
		id: s.id,
		publisher: s.publisher,
		program: s.program,
		scope: s.scope,
		release: s.release,
		reference_date: s.referenceDate,
		title: s.title,
		url: s.url,
		file: s.file,
		top_code_hourly: figureCell(s.topCodeHourly),
		top_code_annual: figureCell(s.topCodeAnnual),
		notes: s.notes
	}),
	decode: (get, fail) => ({
		id: get('id').trim() || (fail('id', 'Every source needs an id.') ?? ''),
		publisher: get('publisher'),
		program: get('program'),
		scope: scopeOf(get('scope')) ?? (fail('scope', `Scope must be one of ${SOURCE_SCOPES.filter(Boolean).join(', ')}, or empty.`) ?? ''),
		release: get('release'),
		referenceDate: get('reference_date'),
		title: get('title'),
		url: get('url'),
		file: get('file'),
		topCodeHourly: readFigure(get, fail, 'top_code_hourly'),
		topCodeAnnual: readFigure(get, fail, 'top_code_annual'),
		notes: get('notes'),
		// The data files list only what ships with the dashboard; imports describe themselves (sourcesOfImport).
		origin: 'shipped'
	})
};

const scopeOf = (cell: string): SourceScope | undefined => SOURCE_SCOPES.find((s) => s === cell.trim());

const GROUPS = new Set<CareerGroup>(['coding', 'healthcare', 'reference']);

export const careerCodec: TidyCodec<'soc' | 'title' | 'group' | 'level' | 'aliases' | 'reported_titles' | 'note', Career> = {
	columns: ['soc', 'title', 'group', 'level', 'aliases', 'reported_titles', 'note'],
	encode: (c) => ({ soc: c.soc, title: c.title, group: c.group, level: c.level, aliases: c.aliases.join('|'), reported_titles: (c.reportedTitles ?? []).join('|'), note: c.note }),
	decode: (get, fail) => {
		const group = get('group').trim() as CareerGroup;
		if (!GROUPS.has(group)) fail('group', 'Expected coding, healthcare or reference.');
		return {
			soc: readSoc(get, fail, 'soc'),
			title: get('title'),
			group,
			level: get('level') as OccupationLevel,
			aliases: list(get('aliases')),
			reportedTitles: list(get('reported_titles')),
			note: get('note')
		};
	}
};

type ProjectionColumn =
	| 'source_id' | 'soc' | 'occupation' | 'occupation_type' | 'base_year' | 'target_year' | 'employment_base_thousands'
	| 'employment_target_thousands' | 'change_thousands' | 'percent_change' | 'self_employed_percent'
	| 'openings_per_year_thousands' | 'median_wage_usd_per_year' | 'education' | 'experience' | 'training';

export const projectionCodec: TidyCodec<ProjectionColumn, ProjectionRecord> = {
	columns: [
		'source_id', 'soc', 'occupation', 'occupation_type', 'base_year', 'target_year', 'employment_base_thousands',
		'employment_target_thousands', 'change_thousands', 'percent_change', 'self_employed_percent',
		'openings_per_year_thousands', 'median_wage_usd_per_year', 'education', 'experience', 'training'
	],
	encode: (p) => ({
		source_id: p.sourceId,
		soc: p.soc,
		occupation: p.title,
		occupation_type: p.occupationType,
		base_year: String(p.baseYear),
		target_year: String(p.targetYear),
		employment_base_thousands: figureCell(p.employmentBase),
		employment_target_thousands: figureCell(p.employmentTarget),
		change_thousands: figureCell(p.change),
		percent_change: figureCell(p.percentChange),
		self_employed_percent: figureCell(p.selfEmployedPercent),
		openings_per_year_thousands: figureCell(p.openingsPerYear),
		median_wage_usd_per_year: figureCell(p.medianWage),
		education: p.education,
		experience: p.experience,
		training: p.training
	}),
	decode: (get, fail) => ({
		sourceId: get('source_id'),
		soc: readSoc(get, fail, 'soc'),
		title: get('occupation'),
		occupationType: get('occupation_type'),
		baseYear: parseYear(get('base_year')) ?? (fail('base_year', 'Expected a year.') ?? 0),
		targetYear: parseYear(get('target_year')) ?? (fail('target_year', 'Expected a year.') ?? 0),
		employmentBase: readFigure(get, fail, 'employment_base_thousands'),
		employmentTarget: readFigure(get, fail, 'employment_target_thousands'),
		change: readFigure(get, fail, 'change_thousands'),
		percentChange: readFigure(get, fail, 'percent_change'),
		selfEmployedPercent: readFigure(get, fail, 'self_employed_percent'),
		openingsPerYear: readFigure(get, fail, 'openings_per_year_thousands'),
		medianWage: readFigure(get, fail, 'median_wage_usd_per_year'),
		education: get('education'),
		experience: get('experience'),
		training: get('training')
	})
};

type SurveyColumn =
	| 'source_id' | 'organization' | 'survey_year' | 'report_label' | 'dimension' | 'category' | 'statistic' | 'value'
	| 'unit' | 'population' | 'source_url' | 'source_kind' | 'notes';

export const surveyCodec: TidyCodec<SurveyColumn, SurveyFigure> = {
	columns: ['source_id', 'organization', 'survey_year', 'report_label', 'dimension', 'category', 'statistic', 'value', 'unit', 'population', 'source_url', 'source_kind', 'notes'],
	encode: (s) => ({
		source_id: s.sourceId,
		organization: s.organization,
		survey_year: String(s.surveyYear),
		report_label: s.reportLabel,
		dimension: s.dimension,
		category: s.category,
		statistic: s.statistic,
		value: String(s.value),
		unit: s.unit,
		population: s.population,
		source_url: s.sourceUrl,
		source_kind: s.sourceKind,
		notes: s.notes
	}),
	decode: (get, fail) => {
		const value = parseFigure(get('value'));
		return {
			sourceId: get('source_id'),
			organization: get('organization'),
			surveyYear: parseYear(get('survey_year')) ?? (fail('survey_year', 'Expected a year.') ?? 0),
			reportLabel: get('report_label'),
			dimension: get('dimension'),
			category: get('category'),
			statistic: get('statistic'),
			value: typeof value === 'number' ? value : (fail('value', 'Expected a number.', 'notNumber') ?? 0),
			unit: get('unit'),
			population: get('population'),
			sourceUrl: get('source_url'),
			sourceKind: get('source_kind'),
			notes: get('notes')
		};
	}
};

type CertificationColumn =
	| 'source_id' | 'socs' | 'occupation' | 'fact_type' | 'fact_value' | 'credential' | 'certifying_body' | 'source_publisher'
	| 'source_url' | 'source_kind' | 'notes';

export const certificationCodec: TidyCodec<CertificationColumn, CertificationFact> = {
	columns: ['source_id', 'socs', 'occupation', 'fact_type', 'fact_value', 'credential', 'certifying_body', 'source_publisher', 'source_url', 'source_kind', 'notes'],
	encode: (c) => ({
		source_id: c.sourceId,
		socs: c.socs.join('|'),
		occupation: c.occupation,
		fact_type: c.factType,
		fact_value: c.factValue,
		credential: c.credential,
		certifying_body: c.certifyingBody,
		source_publisher: c.sourcePublisher,
		source_url: c.sourceUrl,
		source_kind: c.sourceKind,
		notes: c.notes
	}),
	decode: (get, fail) => {
		const socs = list(get('socs'));
		if (socs.length === 0 || socs.some((s) => parseSoc(s) === null)) fail('socs', 'Expected SOC codes separated by |.', 'badCode');
		return {
			sourceId: get('source_id'),
			socs,
			occupation: get('occupation'),
			factType: get('fact_type'),
			factValue: get('fact_value'),
			credential: get('credential'),
			certifyingBody: get('certifying_body'),
			sourcePublisher: get('source_publisher'),
			sourceUrl: get('source_url'),
			sourceKind: get('source_kind'),
			notes: get('notes')
		};
	}
};

/** Reads a tidy CSV with a codec; every column of the codec is required. */
export function importTidy<C extends string, T>(codec: TidyCodec<C, T>, text: string, file: string) {
	const spellings = Object.fromEntries(codec.columns.map((c) => [c, [c]])) as unknown as Record<C, readonly string[]>;
	return importTable(text, file, spellings, codec.columns, codec.decode);
}
