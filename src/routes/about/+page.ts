import { FILES } from '$lib/data/dataFiles';
import { importTidy, sourceCodec } from '$lib/data/tidyCodecs';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const text = await (await fetch(FILES.sources.url)).text();
	return { sources: importTidy(sourceCodec, text, FILES.sources.name).rows };
};
