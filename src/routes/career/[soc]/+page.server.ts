import careersCsv from '$data/careers.csv?raw';
import { careerCodec, importTidy } from '$lib/data/tidyCodecs';
import { careerDetails } from '$lib/server/careerDetails';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One prerendered page per career in data/careers.csv. */
export const entries: EntryGenerator = () => importTidy(careerCodec, careersCsv, 'careers.csv').rows.map((c) => ({ soc: c.soc }));

/** What the work is and the research measures, cut to this career at build time (the full O*NET file stays on the server). */
export const load: PageServerLoad = ({ params }) => ({ details: careerDetails(params.soc) });
