/**
 * What an import kept in this browser is: its description (ImportedMeta, cheap to list) and its rows
 * (ImportedData). The sources it adds are described once, when the file is imported, with their meaning
 * as fields (program, scope, release, top codes, origin) so no view has to read it from an id.
 */
import type { ImportFormat } from './detectFormat';
import { scopeOfWage } from './scopeOfWage';
import type { Figure, ProjectionRecord, Source, SourceScope, WageRecord } from './schema';

/** How many of an import's rows each part of the dashboard shows. */
export interface ShownRows {
	/** National cross-industry rows: a release of their own wherever a release is chosen. */
	national: number;
	/** National rows by industry (work settings). */
	industries: number;
	/** State and territory rows. */
	states: number;
	/** Metro, nonmetro and other areas. */
	other: number;
	projections: number;
}

/** A file imported in this browser, without its rows: what it was and how it went. */
export interface ImportedMeta {
	/** "import-<hash>"; each of its sources has an id of its own (see `sources`). */
	id: string;
	fileName: string;
	/** The release label, e.g. "May 2022 — your file". */
	label: string;
	format: ImportFormat;
	/** ISO date-time of the import. */
	importedAt: string;
	read: number;
	accepted: number;
	rejected: number;
	problemTotal: number;
	/** One source per kind of row the file holds, described when it was imported. */
	sources: Source[];
	shown: ShownRows;
}

/** An import with its rows, as kept in IndexedDB. */
export interface ImportedData extends ImportedMeta {
	wages: WageRecord[];
	projections: ProjectionRecord[];
}

export interface ImportedRows {
	wages: readonly WageRecord[];
	projections: readonly ProjectionRecord[];
}

const NA: Figure = { missing: 'notAvailable' };
const SHOWN_KEY = { national: 'national', industry: 'industries', state: 'states', metro: 'other' } as const;

/** The `#` thresholds BLS used in a May release: $100/$208,000 to 2022, $115/$239,200 in 2023–2024, none known after. */
function topCodes(year: string): Pick<Source, 'topCodeHourly' | 'topCodeAnnual'> {
	const y = Number(year);
	if (y >= 2019 && y <= 2022) return { topCodeHourly: 100, topCodeAnnual: 208000 };
	if (y === 2023 || y === 2024) return { topCodeHourly: 115, topCodeAnnual: 239200 };
	return { topCodeHourly: NA, topCodeAnnual: NA };
}

/** The year a release label names ("May 2022 — your file", "May 2024"), or "". */
const yearIn = (label: string) => label.match(/\b(20\d{2})\b/)?.[1] ?? '';

const WHAT: Record<Exclude<SourceScope, ''>, string> = {
	national: 'OEWS national cross-industry estimates',
	industry: 'OEWS national estimates by industry',
	state: 'OEWS state estimates',
	metro: 'OEWS metro and other area estimates'
};

/** Which count of ShownRows (and which stored part) a wage row belongs to. */
export const wageKind = (r: WageRecord): Exclude<keyof ShownRows, 'projections'> => SHOWN_KEY[scopeOfWage(r)];

/** Counts the rows each part of the dashboard shows. */
export function shownRows(rows: ImportedRows): ShownRows {
	const shown: ShownRows = { national: 0, industries: 0, states: 0, other: 0, projections: rows.projections.length };
	for (const r of rows.wages) shown[wageKind(r)]++;
	return shown;
}

/** What an import is, before its sources are described. */
export type ImportDescription = Pick<ImportedMeta, 'fileName' | 'label' | 'format' | 'importedAt'>;

/**
 * One source per source id the rows carry, described from the rows themselves: OEWS rows give the scope
 * of their area and industry; projections are national. `releases` gives the release a re-imported
 * export names for its rows (its `release` column), which wins over the label's year.
 */
export function sourcesOfImport(entry: ImportDescription, rows: ImportedRows, releases: Readonly<Record<string, string>> = {}): Source[] {
	const scopes = new Map<string, Exclude<SourceScope, ''>>();
	for (const r of rows.wages) if (!scopes.has(r.sourceId)) scopes.set(r.sourceId, scopeOfWage(r));
	for (const r of rows.projections) if (!scopes.has(r.sourceId)) scopes.set(r.sourceId, 'national');
	return [...scopes].map(([id, scope]) => {
		const projections = rows.projections.some((r) => r.sourceId === id);
		const named = releases[id] ?? '';
		const year = yearIn(named) || yearIn(entry.label);
		const release = named && !yearIn(entry.label) ? `${named} — your file` : entry.label;
		return {
			id,
			publisher: 'Your file, imported in this browser',
			program: projections ? 'Employment Projections' : 'OEWS',
			scope,
			origin: 'imported',
			release,
			referenceDate: year ? `${year}-${projections ? '09' : '05'}-01` : entry.importedAt.slice(0, 10),
			title: `${projections ? 'Employment Projections' : WHAT[scope]} from ${entry.fileName}`,
			url: '',
			file: entry.fileName,
			notes: `Imported from ${entry.fileName} on ${entry.importedAt.slice(0, 10)}; not checked against the published BLS tables. Nothing was uploaded.`,
			...(projections ? { topCodeHourly: NA, topCodeAnnual: NA } : topCodes(year))
		};
	});
}
