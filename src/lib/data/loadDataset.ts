import { PageDataset, type Dataset } from '../model/dataset';
import { FILES, INDUSTRY_FILES, NATIONAL_FILES, type DataFile } from './dataFiles';
import { httpProblem } from './httpProblem';
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
	if (!response.ok) throw new DataFileError([httpProblem(file.name, response.status)]);
	return response.text();
}

/** In the browser, lets the page paint and respond between file parses (each its own short task). */
const breathe = () => (typeof window === 'undefined' ? Promise.resolve() : new Promise<void>((resolve) => setTimeout(resolve, 0)));

export function rowsOf<T>(result: ImportResult<T>): T[] {
	if (result.problems.length > 0) throw new DataFileError(result.problems);
	return result.rows;
}

/** Fetches and imports tidy wage files on this thread, each parse its own task. */
export const readWages = async (fetch: Fetch, files: readonly DataFile[]): Promise<WageRecord[]> =>
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
export const loadNationalHistory = (fetch: Fetch): Promise<WageRecord[]> => readWages(fetch, NATIONAL_FILES);

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
		national === 'all' ? loadNationalHistory(fetch) : readWages(fetch, national === 'featured' ? [FILES.featuredWages] : NATIONAL_FILES.slice(-1)),
		settings ? readWages(fetch, INDUSTRY_FILES) : Promise.resolve([]),
		states ? readWages(fetch, [FILES.states]) : Promise.resolve([])
	]);
	// One more pause so the page's first render is a task of its own, not tacked onto the last parse.
	await breathe();
	return new PageDataset({ sources, careers, projections, surveys, certifications, wages, settings: settingRows, states: stateRows, areas: [] });
}

/** The files of the parts a page fetches after it mounts: every national release (trends), the latest industry
 * (work setting) file (~3 MB) and the state file (~1 MB, means only); never fetched at prerender. */
export const PART_FILES = { history: NATIONAL_FILES, settings: INDUSTRY_FILES.slice(-1), states: [FILES.states] } satisfies Record<string, readonly DataFile[]>;
