/** Content-hashed URLs of the tidy files in data/, emitted by Vite as real files. */
import careersUrl from '$data/careers.csv?url';
import certificationsUrl from '$data/certifications.csv?url';
import featuredWagesUrl from '$data/featured-wages.csv?url';
import projectionsUrl from '$data/projections.csv?url';
import sourcesUrl from '$data/sources.csv?url';
import statesUrl from '$data/oews-state-2023.csv?url';
import surveysUrl from '$data/surveys.csv?url';

const nationalGlob = import.meta.glob('/data/oews-national-*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const industryGlob = import.meta.glob('/data/oews-industry-*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

const byYear = (glob: Record<string, string>) =>
	Object.entries(glob)
		.map(([path, url]) => ({ year: Number(path.match(/(\d{4})\.csv$/)![1]), url, name: path.split('/').pop()! }))
		.sort((a, b) => a.year - b.year);

export interface DataFile {
	name: string;
	url: string;
}

export const FILES = {
	sources: { name: 'sources.csv', url: sourcesUrl },
	careers: { name: 'careers.csv', url: careersUrl },
	projections: { name: 'projections.csv', url: projectionsUrl },
	surveys: { name: 'surveys.csv', url: surveysUrl },
	certifications: { name: 'certifications.csv', url: certificationsUrl },
	states: { name: 'oews-state-2023.csv', url: statesUrl },
	/** The latest national release's rows for the overview's careers (a subset of that release's file). */
	featuredWages: { name: 'featured-wages.csv', url: featuredWagesUrl }
} satisfies Record<string, DataFile>;

/** OEWS national files by release year, oldest first. */
export const NATIONAL_FILES = byYear(nationalGlob);
/** OEWS industry files by release year, oldest first. */
export const INDUSTRY_FILES = byYear(industryGlob);
