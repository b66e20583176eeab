/** The research tidy files (a few KB each), as text for the server and as URLs for the browser. */
import applicabilityUrl from '$data/ai-applicability-microsoft.csv?url';
import exposureUrl from '$data/ai-exposure-eloundou.csv?url';
import teleworkUrl from '$data/teleworkable-dingel-neiman.csv?url';
import type { ResearchRows } from '../model/researchFor';
import { aiApplicabilityCodec, aiExposureCodec, teleworkCodec } from './researchCodecs';
import { fetchText, rowsOf } from './loadDataset';
import { importTidy } from './tidyCodecs';

type Fetch = typeof fetch;

const FILES = {
	exposure: { name: 'ai-exposure-eloundou.csv', url: exposureUrl },
	applicability: { name: 'ai-applicability-microsoft.csv', url: applicabilityUrl },
	telework: { name: 'teleworkable-dingel-neiman.csv', url: teleworkUrl }
};

/** Parses the three research files from their text. */
export const parseResearch = (text: { exposure: string; applicability: string; telework: string }): ResearchRows => ({
	exposure: rowsOf(importTidy(aiExposureCodec, text.exposure, FILES.exposure.name)),
	applicability: rowsOf(importTidy(aiApplicabilityCodec, text.applicability, FILES.applicability.name)),
	telework: rowsOf(importTidy(teleworkCodec, text.telework, FILES.telework.name))
});

/** Fetches and parses the research files (used by /compare, which needs every career's row). */
export async function loadResearch(fetch: Fetch): Promise<ResearchRows> {
	const [exposure, applicability, telework] = await Promise.all([FILES.exposure, FILES.applicability, FILES.telework].map((f) => fetchText(fetch, f)));
	return parseResearch({ exposure, applicability, telework });
}
