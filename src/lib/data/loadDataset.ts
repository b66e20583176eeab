import { PageDataset, type Dataset } from '../model/dataset';
import { FILES, INDUSTRY_FILES, NATIONAL_FILES, type DataFile } from './dataFiles';
import type { ImportResult, Problem, WageRecord } from './schema';
import { careerCodec, certificationCodec, importTidy, projectionCodec, sourceCodec, surveyCodec } from './tidyCodecs';
import { importTidyWages } from './tidyWages';

type Fetch = typeof fetch;

/** A shipped data file that could not be read; names the file, line and column. */
export class DataFileError extends Error {
	constructor(readonly problems: Problem[]) {
		const p = problems[0];
		super(`${p.file}, line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.reason}`);
	}
}

export async function fetchText(fetch: Fetch, file: DataFile): Promise<string> {
	const response = await fetch(file.url);
	if (!response.ok) throw new DataFileError([{ kind: 'format', file: file.name, line: 0, column: '', value: String(response.status), reason: `Could not load the file (HTTP ${response.status}).` }]);
	return response.text();
}

/** In the browser, lets the page paint and respond between file parses (each its own short task). */
const breathe = () => (typeof window === 'undefined' ? Promise.resolve() : new Promise<void>((resolve) => setTimeout(resolve, 0)));

export function rowsOf<T>(result: ImportResult<T>): T[] {
	if (result.problems.length > 0) throw new DataFileError(result.problems);
	return result.rows;
}

const wagesOf = async (fetch: Fetch, files: DataFile[]): Promise<WageRecord[]> =>
	(
		await Promise.all(
			files.map(async (f) => {
				const text = await fetchText(fetch, f);
				await breathe();
				return rowsOf(importTidyWages(text, f.name));
			})
		)
	).flat();

export interface LoadOptions {
	/** Which OEWS national rows to load: the latest release (small pages), every release (trends), or only the latest release's rows for the overview's careers. */
	national?: 'latest' | 'all' | 'featured';
	/** Load the industry (work setting) files. */
	settings?: boolean;
	/** Load the state file. */
	states?: boolean;
	/** Load the trade-association survey figures (pages that do not show them skip the parse). */
	surveys?: boolean;
}

/** Every OEWS national release (for trends); fetched in the browser by pages that prerender only the latest. */
export const loadNationalHistory = (fetch: Fetch): Promise<WageRecord[]> => wagesOf(fetch, NATIONAL_FILES);

/** Fetches and parses the tidy files a page needs; the rest of the dataset stays empty. */
export async function loadDataset(fetch: Fetch, { national = 'latest', settings = false, states = false, surveys: withSurveys = true }: LoadOptions = {}): Promise<Dataset> {
	const table = async <C extends string, T>(codec: Parameters<typeof importTidy<C, T>>[0], file: DataFile) => {
		const text = await fetchText(fetch, file);
		await breathe();
		return rowsOf(importTidy(codec, text, file.name));
	};
	const [sources, careers, projections, surveys, certifications, wages, settingRows, stateRows] = await Promise.all([
		table(sourceCodec, FILES.sources),
		table(careerCodec, FILES.careers),
		table(projectionCodec, FILES.projections),
		withSurveys ? table(surveyCodec, FILES.surveys) : Promise.resolve([]),
		table(certificationCodec, FILES.certifications),
		national === 'all' ? loadNationalHistory(fetch) : wagesOf(fetch, national === 'featured' ? [FILES.featuredWages] : NATIONAL_FILES.slice(-1)),
		settings ? wagesOf(fetch, INDUSTRY_FILES) : Promise.resolve([]),
		states ? wagesOf(fetch, [FILES.states]) : Promise.resolve([])
	]);
	// One more pause so the page's first render is a task of its own, not tacked onto the last parse.
	await breathe();
	return new PageDataset({ sources, careers, projections, surveys, certifications, wages, settings: settingRows, states: stateRows, areas: [] });
}

/** OEWS industry (work setting) files, by default only the latest release; fetched in the browser, never at prerender (~3 MB each). */
export const loadSettings = (fetch: Fetch, files: DataFile[] = INDUSTRY_FILES.slice(-1)): Promise<WageRecord[]> => wagesOf(fetch, files);

/** The OEWS state file (~1 MB, means only); fetched in the browser, never at prerender. */
export const loadStates = (fetch: Fetch): Promise<WageRecord[]> => wagesOf(fetch, [FILES.states]);
