/** What a career page adds from O*NET and the research files, read once at build time and cut to one code. */
import applicabilityCsv from '$data/ai-applicability-microsoft.csv?raw';
import exposureCsv from '$data/ai-exposure-eloundou.csv?raw';
import jobZonesCsv from '$data/onet-job-zones.csv?raw';
import onetCsv from '$data/onet.csv?raw';
import teleworkCsv from '$data/teleworkable-dingel-neiman.csv?raw';
import { jobZoneCodec, onetCodec, type JobZone } from '$lib/data/onetCodec';
import { parseResearch } from '$lib/data/researchFiles';
import { importTidy } from '$lib/data/tidyCodecs';
import { researchFor, type CareerResearch } from '$lib/model/researchFor';
import { workProfile, type WorkProfile } from '$lib/model/workProfile';

const onet = importTidy(onetCodec, onetCsv, 'onet.csv').rows;
const jobZones = importTidy(jobZoneCodec, jobZonesCsv, 'onet-job-zones.csv').rows;
const research = parseResearch({ exposure: exposureCsv, applicability: applicabilityCsv, telework: teleworkCsv });

export interface CareerDetails {
	work: WorkProfile[];
	/** The meaning of each Job Zone the profiles use. */
	jobZones: JobZone[];
	research: CareerResearch;
}

/** The O*NET profiles and research measures of one SOC code; only these few KB reach the page. */
export function careerDetails(soc: string): CareerDetails {
	const work = workProfile(onet, soc);
	const zones = new Set(work.map((w) => w.jobZone));
	return { work, jobZones: jobZones.filter((z) => zones.has(z.zone)), research: researchFor(research, soc) };
}
