import type { ImportFormat } from '../data/detectFormat';
import type { Figure, ProjectionRecord, Source, WageRecord } from '../data/schema';
import { isNationalCrossIndustry, type Dataset } from './dataset';

/** How many of an import's rows each part of the dashboard shows. */
export interface ShownRows {
	/** National cross-industry rows: a release in Compare. */
	national: number;
	/** National rows by industry (work settings). */
	industries: number;
	/** State and territory rows. */
	states: number;
	/** Metro, nonmetro and other areas: kept, not yet shown by any chart. */
	other: number;
	projections: number;
}

/** A file imported in this browser, without its rows: what it was and how it went. */
export interface ImportedMeta {
	/** "import-<hash>"; the rows' source ids start with it. */
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
	/** The distinct source ids its rows carry (see nationalReleases for the id patterns). */
	sourceIds: string[];
	shown: ShownRows;
}

/** An import with its rows, as kept in IndexedDB. */
export interface ImportedData extends ImportedMeta {
	wages: WageRecord[];
	projections: ProjectionRecord[];
}

const NA: Figure = { missing: 'notAvailable' };

/** The `#` thresholds BLS used in a May release: $100/$208,000 to 2022, $115/$239,200 in 2023–2024, none known after. */
function topCodes(year: string): Pick<Source, 'topCodeHourly' | 'topCodeAnnual'> {
	const y = Number(year);
	if (y >= 2019 && y <= 2022) return { topCodeHourly: 100, topCodeAnnual: 208000 };
	if (y === 2023 || y === 2024) return { topCodeHourly: 115, topCodeAnnual: 239200 };
	return { topCodeHourly: NA, topCodeAnnual: NA };
}

/** The year behind a label or an exported source id ("May 2022 — your file", "oews-national-2022"). */
const yearIn = (text: string) => text.match(/\b(20\d{2})\b/)?.[1] ?? '';

/** The distinct source ids of an import's rows. */
export const sourceIdsOf = (rows: { wages: readonly WageRecord[]; projections: readonly ProjectionRecord[] }) => [
	...new Set<string>([...rows.wages.map((r) => r.sourceId), ...rows.projections.map((r) => r.sourceId)])
];

/** One source per source id the import's rows carry, labelled as the user's file. */
export function sourcesOfImport(entry: ImportedMeta): Source[] {
	return entry.sourceIds.map((id) => {
		const exported = id.includes('~') ? id.slice(id.indexOf('~') + 1) : '';
		const year = yearIn(exported) || yearIn(entry.label);
		const release = exported && !yearIn(entry.label) && year ? `May ${year} — your file` : entry.label;
		const national = id.endsWith('-national') || exported.startsWith('oews-national-');
		const what = entry.format === 'projections' ? 'Employment Projections' : national ? 'OEWS national cross-industry estimates' : 'OEWS estimates (areas and industries)';
		return {
			id,
			publisher: 'Your file, imported in this browser',
			program: entry.format === 'projections' ? 'EP' : 'OEWS',
			release,
			referenceDate: year ? `${year}-05-01` : entry.importedAt.slice(0, 10),
			title: `${what} from ${entry.fileName}`,
			url: '',
			file: entry.fileName,
			notes: `Imported from ${entry.fileName} on ${entry.importedAt.slice(0, 10)}; not checked against the published BLS tables. Nothing was uploaded.`,
			...(entry.format === 'projections' ? { topCodeHourly: NA, topCodeAnnual: NA } : topCodes(year))
		};
	});
}

const isState = (r: WageRecord) => r.areaType === 'state' || r.areaType === 'territory';
const isNationalIndustry = (r: WageRecord) => r.areaType === 'national' && !isNationalCrossIndustry(r);

/** Which part of the dashboard a wage row belongs to. */
export const wageKind = (r: WageRecord): Exclude<keyof ShownRows, 'projections'> =>
	isNationalCrossIndustry(r) ? 'national' : isNationalIndustry(r) ? 'industries' : isState(r) ? 'states' : 'other';

/**
 * The dataset with each import added as sources of its own: national cross-industry rows join `wages`
 * (so the release can be picked), national industry rows `settings`, state rows `states`, projections
 * `projections`. Metro and other area rows are kept in the import but no chart shows them yet.
 */
export function mergeImported(dataset: Dataset, imported: readonly ImportedData[]): Dataset {
	if (imported.length === 0) return dataset;
	const all = imported.flatMap((i) => i.wages);
	return {
		...dataset,
		sources: [...dataset.sources, ...imported.flatMap(sourcesOfImport)],
		wages: [...dataset.wages, ...all.filter(isNationalCrossIndustry)],
		settings: [...dataset.settings, ...all.filter(isNationalIndustry)],
		states: [...dataset.states, ...all.filter(isState)],
		projections: [...dataset.projections, ...imported.flatMap((i) => i.projections)]
	};
}

/** Counts the rows each part of the dashboard shows. */
export function shownRows(entry: { wages: readonly WageRecord[]; projections: readonly ProjectionRecord[] }): ShownRows {
	const shown: ShownRows = { national: 0, industries: 0, states: 0, other: 0, projections: entry.projections.length };
	for (const r of entry.wages) shown[wageKind(r)]++;
	return shown;
}
