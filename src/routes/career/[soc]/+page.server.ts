import careersCsv from '$data/careers.csv?raw';
import { careerCodec, importTidy } from '$lib/data/tidyCodecs';
import type { EntryGenerator } from './$types';

/** One prerendered page per career in data/careers.csv. */
export const entries: EntryGenerator = () => importTidy(careerCodec, careersCsv, 'careers.csv').rows.map((c) => ({ soc: c.soc }));
