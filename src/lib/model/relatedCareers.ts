import { compareText } from './compareText';
import { isNumber, type Career, type Figure } from '../data/schema';
import type { Dataset } from './dataset';
import { summarizePay } from './summarizePay';
import { rowsOfSoc } from './rowIndex';

/** The careers shown beside one career, and the rule that chose them, in words a reader can check. */
export interface RelatedCareers {
	careers: Career[];
	rule: string;
}

/** Featured careers whose neighbours are chosen by hand, with the reason shown to the reader. */
export const CURATED_RELATED: Record<string, { socs: string[]; reason: string }> = {
	'29-1071': {
		socs: ['29-1151', '29-1211', '29-9093'],
		reason:
			'Chosen for anesthesiologist assistants, whom BLS counts among physician assistants: the other members of the anesthesia care team (nurse anesthetists, anesthesiologists) and surgical assistants, who work in the same operating rooms.'
	},
	'29-2036': {
		socs: ['29-1124', '29-2033', '29-2034'],
		reason: 'Chosen for medical dosimetrists: radiation therapists deliver the treatment plans dosimetrists prepare; nuclear medicine and radiologic technologists are the nearby imaging roles.'
	}
};

/** The minor group of a SOC code: its first four digits ("29-20" for 29-2033). */
const minorGroup = (soc: string) => soc.slice(0, 5);

/**
 * Careers to show beside `soc`. A curated list with its reason for some featured careers; for coding
 * roles the other coding and health-information roles; otherwise the same SOC minor group, the same
 * typical entry education first, then the closest median pay in the release. A career with no
 * published median in the release is never picked, since it would show nothing to compare.
 */
export function relatedCareers(data: Pick<Dataset, 'careers' | 'projections' | 'wages'>, soc: string, sourceId: string, max = 5): RelatedCareers {
	const self = data.careers.find((c) => c.soc === soc);
	if (!self) return { careers: [], rule: '' };
	const median = (code: string): Figure => summarizePay(data.wages, code, sourceId, 'annual')?.median ?? { missing: 'notInRelease' };
	const published = (c: Career) => {
		const m = median(c.soc);
		return isNumber(m) || m.missing === 'topCoded';
	};
	const curated = CURATED_RELATED[soc];
	if (curated) {
		const careers = curated.socs.flatMap((code) => data.careers.filter((c) => c.soc === code)).filter(published);
		return { careers: careers.slice(0, max), rule: curated.reason };
	}
	if (self.group === 'coding') {
		const careers = data.careers.filter((c) => c.soc !== soc && c.group === 'coding' && published(c));
		return { careers: careers.slice(0, max), rule: 'The other coding and health-information roles and their advancement path.' };
	}
	const education = (code: string) => rowsOfSoc(data.projections, code)[0]?.education ?? '';
	const own = median(soc);
	const distance = (c: Career) => {
		const m = median(c.soc);
		return isNumber(m) && isNumber(own) ? Math.abs(m - own) : Number.POSITIVE_INFINITY;
	};
	const sameEducation = (c: Career) => (education(soc) !== '' && education(c.soc) === education(soc) ? 0 : 1);
	const careers = data.careers
		.filter((c) => c.soc !== soc && c.group !== 'reference' && minorGroup(c.soc) === minorGroup(soc) && published(c))
		.sort((a, b) => sameEducation(a) - sameEducation(b) || distance(a) - distance(b) || compareText(a.soc, b.soc));
	const edu = education(soc);
	return {
		careers: careers.slice(0, max),
		rule: `Same SOC minor group (${minorGroup(soc)}xx)${edu ? `, the same typical entry education (${edu}) first` : ''}, then the closest median pay; careers without a published median are left out.`
	};
}
