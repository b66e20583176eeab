import type {
	Career,
	CertificationFact,
	ProjectionRecord,
	Source,
	SurveyFigure,
	WageRecord
} from '../data/schema';

/** Everything the app holds in memory: tidy rows by kind, each row naming its source. */
export interface Dataset {
	sources: Source[];
	careers: Career[];
	/** OEWS national cross-industry estimates, all releases. */
	wages: WageRecord[];
	/** OEWS national estimates by industry (work settings). */
	settings: WageRecord[];
	/** OEWS state estimates. */
	states: WageRecord[];
	/** OEWS metro, nonmetro and other area estimates (imported files only). */
	areas: WageRecord[];
	/** Employment Projections (employment in thousands). */
	projections: ProjectionRecord[];
	/** Trade-association survey figures, kept apart from BLS series. */
	surveys: SurveyFigure[];
	certifications: CertificationFact[];
}

/** A dataset with no rows, so pages can render before (or without) data. */
export function emptyDataset(): Dataset {
	return { sources: [], careers: [], wages: [], settings: [], states: [], areas: [], projections: [], surveys: [], certifications: [] };
}

/** The source a row names, or undefined when the id is unknown (a row from an unregistered file). */
export function sourceById(sources: readonly Source[], id: string): Source | undefined {
	return sources.find((s) => s.id === id);
}

/** The pickable career for a SOC code; codes are compared as trimmed strings, never as numbers. */
export function careerBySoc(careers: readonly Career[], soc: string): Career | undefined {
	const code = soc.trim();
	return careers.find((c) => c.soc === code);
}

export { CROSS_INDUSTRY, NATIONAL_AREA, isNationalCrossIndustry } from '../data/scopeOfWage';

/**
 * A dataset as handed from a load function to a page. A class instance rather than a plain object:
 * Svelte passes class instances through untouched, so thousands of read-only rows are never wrapped
 * in reactive proxies (which made every read during hydration slow).
 */
export class PageDataset implements Dataset {
	readonly sources: Source[];
	readonly careers: Career[];
	readonly wages: WageRecord[];
	readonly settings: WageRecord[];
	readonly states: WageRecord[];
	readonly areas: WageRecord[];
	readonly projections: ProjectionRecord[];
	readonly surveys: SurveyFigure[];
	readonly certifications: CertificationFact[];

	constructor(d: Dataset) {
		this.sources = d.sources;
		this.careers = d.careers;
		this.wages = d.wages;
		this.settings = d.settings;
		this.states = d.states;
		this.areas = d.areas;
		this.projections = d.projections;
		this.surveys = d.surveys;
		this.certifications = d.certifications;
	}
}
