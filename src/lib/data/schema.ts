/** Typed rows shared by every importer, the tidy files in `data/` and the model. */

/** Why a figure has no number: BLS markers and release gaps, kept as meanings. */
export type MissingReason =
	/** `#`: at or above the release's top-code threshold. */
	| 'topCoded'
	/** `*`, `**`, `—`, `N/A`: the estimate is not published. */
	| 'notAvailable'
	/** `~`: fewer than 0.5% of establishments report the occupation. */
	| 'fewEstablishments'
	/** The code does not exist in this release (e.g. 29-2072 in May 2020). */
	| 'notInRelease'
	/** BLS releases only the other unit (`ANNUAL=TRUE` / `HOURLY=TRUE`). */
	| 'notReleased';

export interface Missing {
	missing: MissingReason;
}

/** A published number, or the reason there is none. Never NaN, never a stand-in 0. */
export type Figure = number | Missing;

export const isNumber = (f: Figure | undefined): f is number => typeof f === 'number';

export const WAGE_STATS = ['mean', 'p10', 'p25', 'median', 'p75', 'p90'] as const;
export type WageStat = (typeof WAGE_STATS)[number];
export type WageSet = Record<WageStat, Figure>;
export type PayBasis = 'annual' | 'hourly';

export type OccupationLevel = 'total' | 'major' | 'minor' | 'broad' | 'detailed' | '';
export type AreaType = 'national' | 'state' | 'metro' | 'nonmetro' | 'territory' | 'other';

/** One OEWS estimate row: an occupation in an area and industry for one release. */
export interface WageRecord {
	sourceId: string;
	areaType: AreaType;
	/** FIPS for states ("01"), "99" for the U.S., the MSA code for metros; a string always. */
	areaCode: string;
	area: string;
	/** "000000" for cross-industry; sector codes such as "62" or "31-33"; 6-digit NAICS. */
	naics: string;
	industry: string;
	/** OEWS ownership code: 1235 all, 5 private, 235 private + state + local government, … */
	ownCode: string;
	/** SOC code as a string, e.g. "29-2072". */
	soc: string;
	title: string;
	level: OccupationLevel;
	/** People, rounded to 10, self-employed excluded. */
	employment: Figure;
	/** Relative standard error of employment, percent. */
	employmentRse: Figure;
	/** Relative standard error of the mean wage, percent. */
	meanRse: Figure;
	annual: WageSet;
	hourly: WageSet;
}

/** One occupation in the Employment Projections (employment in thousands). */
export interface ProjectionRecord {
	sourceId: string;
	soc: string;
	title: string;
	/** "Line item" (detailed occupation) or "Summary" (an aggregate). */
	occupationType: string;
	baseYear: number;
	targetYear: number;
	employmentBase: Figure;
	employmentTarget: Figure;
	change: Figure;
	percentChange: Figure;
	selfEmployedPercent: Figure;
	openingsPerYear: Figure;
	medianWage: Figure;
	education: string;
	experience: string;
	training: string;
}

/** One figure quoted from a trade-association salary survey (AAPC, AHIMA). */
export interface SurveyFigure {
	sourceId: string;
	organization: string;
	surveyYear: number;
	reportLabel: string;
	dimension: string;
	category: string;
	/** "mean", "median", "percent", "percent_of_respondents". */
	statistic: string;
	value: number;
	unit: string;
	population: string;
	sourceUrl: string;
	sourceKind: string;
	notes: string;
}

/** A training or certification fact for one or more SOC codes. */
export interface CertificationFact {
	/** The row of sources.csv the fact was compiled into (each fact also names its own publisher and URL). */
	sourceId: string;
	/** SOC codes the fact applies to (the raw field may name an O*NET code under a SOC). */
	socs: string[];
	occupation: string;
	factType: string;
	factValue: string;
	credential: string;
	certifyingBody: string;
	sourcePublisher: string;
	sourceUrl: string;
	sourceKind: string;
	notes: string;
}

export type CareerGroup = 'coding' | 'healthcare' | 'reference';

/** A career people can pick: a SOC code with the words people search for. */
export interface Career {
	soc: string;
	title: string;
	group: CareerGroup;
	level: OccupationLevel;
	/** Other names people use, e.g. "medical coder" (curated). */
	aliases: string[];
	/** Job titles people reported to O*NET for the code (CC BY 4.0); searched after titles and aliases. */
	reportedTitles?: string[];
	/** What a reader should know about the code, e.g. who BLS counts in it. */
	note: string;
}

/** A published data set the rows come from. */
export interface Source {
	id: string;
	publisher: string;
	program: string;
	/** Human label of the release, e.g. "May 2024" or "2024–34". */
	release: string;
	/** ISO date the figures refer to (e.g. 2024-05-01). */
	referenceDate: string;
	title: string;
	url: string;
	file: string;
	notes: string;
	/** `#` thresholds of this release, when it has them. */
	topCodeHourly: Figure;
	topCodeAnnual: Figure;
	/** What the estimates cover (see SourceScope). */
	scope: SourceScope;
	/** Shipped with the dashboard, or imported in this browser (then `file` is the person's file name). */
	origin: SourceOrigin;
}

/**
 * What a source's estimates cover: U.S. cross-industry (`national`; also the national Employment
 * Projections), national by `industry`, by `state`, by `metro` (and other sub-state) area; `` for
 * sources that are not area estimates (surveys, research, prices).
 */
export type SourceScope = 'national' | 'industry' | 'state' | 'metro' | '';
export const SOURCE_SCOPES: readonly SourceScope[] = ['national', 'industry', 'state', 'metro', ''];
export type SourceOrigin = 'shipped' | 'imported';

export type ProblemKind =
	| 'empty'
	| 'encoding'
	| 'binary'
	| 'delimiter'
	| 'quote'
	| 'header'
	| 'missingColumn'
	| 'duplicateColumn'
	| 'ragged'
	| 'notNumber'
	| 'badCode'
	| 'absurd'
	| 'duplicateRow'
	| 'tooLarge'
	| 'format'
	/** Not an error: how the file's numbers were read (decimal commas, currency symbols). */
	| 'numberFormat';

/** Something in a file that could not be taken as it is: where, what, why. */
export interface Problem {
	kind: ProblemKind;
	file: string;
	/** 1-based line in the file; 0 for the file as a whole. */
	line: number;
	/** Column name (or number when there is no header); "" for a whole row or file. */
	column: string;
	value: string;
	reason: string;
}

/** Every importer returns this: rows read = rows.length + rejected. */
export interface ImportResult<T> {
	rows: T[];
	problems: Problem[];
	/** Data rows read (header, title and footnote lines excluded). */
	read: number;
	rejected: number;
}
