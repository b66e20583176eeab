import type { OnetKind, OnetRow } from './onetRows';
import { parseSoc } from './parseCell';
import type { TidyCodec } from './tidyCodecs';

const KINDS = new Set<OnetKind>(['occupation', 'jobZone', 'task', 'title', 'technology']);

/** data/onet.csv: one O*NET fact a row, with the SOC code its O*NET-SOC code maps to. */
export const onetCodec: TidyCodec<'soc' | 'onet_soc' | 'kind' | 'text' | 'detail' | 'hot', OnetRow> = {
	columns: ['soc', 'onet_soc', 'kind', 'text', 'detail', 'hot'],
	encode: (r) => ({ soc: r.soc, onet_soc: r.onetSoc, kind: r.kind, text: r.text, detail: r.detail, hot: r.hot ? 'Y' : '' }),
	decode: (get, fail) => {
		const kind = get('kind') as OnetKind;
		if (!KINDS.has(kind)) fail('kind', `Expected one of: ${[...KINDS].join(', ')}.`);
		const soc = parseSoc(get('soc'));
		if (!soc) fail('soc', 'Expected a SOC code like 29-2072.', 'badCode');
		return { soc: soc ?? '', onetSoc: get('onet_soc'), kind, text: get('text'), detail: get('detail'), hot: get('hot') === 'Y' };
	}
};

/** What one O*NET Job Zone means (Job Zone Reference.txt). */
export interface JobZone {
	zone: number;
	name: string;
	experience: string;
	education: string;
	training: string;
	examples: string;
}

/** data/onet-job-zones.csv: O*NET's own words for each Job Zone. */
export const jobZoneCodec: TidyCodec<'zone' | 'name' | 'experience' | 'education' | 'training' | 'examples', JobZone> = {
	columns: ['zone', 'name', 'experience', 'education', 'training', 'examples'],
	encode: (z) => ({ zone: String(z.zone), name: z.name, experience: z.experience, education: z.education, training: z.training, examples: z.examples }),
	decode: (get, fail) => {
		const zone = Number(get('zone'));
		if (!Number.isInteger(zone) || zone < 1 || zone > 5) fail('zone', 'Expected a Job Zone from 1 to 5.');
		return { zone, name: get('name'), experience: get('experience'), education: get('education'), training: get('training'), examples: get('examples') };
	}
};
