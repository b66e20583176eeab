/** The research tidy files (a few KB each), as text for the server and as URLs for the browser. */
import applicabilityUrl from '$data/ai-applicability-microsoft.csv?url';
import exposureUrl from '$data/ai-exposure-eloundou.csv?url';
import teleworkUrl from '$data/teleworkable-dingel-neiman.csv?url';
import type { ResearchRows } from '../model/researchFor';
import { aiApplicabilityCodec, aiExposureCodec, teleworkCodec } from './researchCodecs';
import type { ImportResult } from './schema';
import { importTidy } from './tidyCodecs';

type Fetch = typeof fetch;

function rowsOf<T>(file: string, r: ImportResult<T>): T[] {
	if (r.problems.length > 0) throw new Error(`${file}, line ${r.problems[0].line}: ${r.problems[0].reason}`);
	return r.rows;
}

/** Parses the three research files from their text. */
export const parseResearch = (text: { exposure: string; applicability: string; telework: string }): ResearchRows => ({
	exposure: rowsOf('ai-exposure-eloundou.csv', importTidy(aiExposureCodec, text.exposure, 'ai-exposure-eloundou.csv')),
	applicability: rowsOf('ai-applicability-microsoft.csv', importTidy(aiApplicabilityCodec, text.applicability, 'ai-applicability-microsoft.csv')),
	telework: rowsOf('teleworkable-dingel-neiman.csv', importTidy(teleworkCodec, text.telework, 'teleworkable-dingel-neiman.csv'))
});

/** Fetches and parses the research files (used by /compare, which needs every career's row). */
export async function loadResearch(fetch: Fetch): Promise<ResearchRows> {
	const get = async (url: string) => {
		const r = await fetch(url);
		if (!r.ok) throw new Error(`Could not load ${url} (HTTP ${r.status}).`);
		return r.text();
	};
	const [exposure, applicability, telework] = await Promise.all([get(exposureUrl), get(applicabilityUrl), get(teleworkUrl)]);
	return parseResearch({ exposure, applicability, telework });
}
