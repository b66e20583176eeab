import type { Career } from '../data/schema';
import { projectionSourceOf } from '../model/assembleDataset';
import type { Dataset } from '../model/dataset';
import { latestPublished } from '../model/nationalReleases';
import { relatedCareers } from '../model/relatedCareers';
import { rowsOfSoc } from '../model/rowIndex';
import { filtersToSearch } from '../state/filters';
import { compareView, type CompareView } from './compareView';
import { handoutFacts, type HandoutFacts } from './handoutFacts';

/** Where the handout's "Back to …" link leads: the app's own paths, passed in by the page. */
export interface HandoutLinks {
	career: (soc: string) => string;
	compare: string;
}

/** What the printable handout draws, for one career (?career=) or a comparison (?careers=). */
export interface HandoutView {
	/** The career asked for with ?career=, when it is one in the data. */
	career: Career | undefined;
	/** The comparison the handout prints: for one career, it beside two related careers, as on its own page. */
	compare: CompareView;
	facts: HandoutFacts[];
	/** The one career's facts, when the handout is for one career. */
	single: HandoutFacts | undefined;
	/** The unit of the pay figures in the comparison table's heading. */
	per: string;
	/** What in the URL could not be used, for the notice. */
	invalid: string[];
	title: string;
	/** Up to three careers the training chart fits; past that it gives way (the table keeps the education). */
	withTraining: boolean;
	/** How much the charts shrink so the page still prints on one Letter page. */
	zoom: number;
	back: string;
	backLabel: string;
	/** The projections printed: their period, " (address)" after the table's name, and their reference date. */
	projections: { period: string; link: string; asOf: string };
}

/** The comparison params of a handout for one career: it and two related careers, it as the reference. */
function singleCareerParams(ds: Dataset, search: URLSearchParams, career: Career): URLSearchParams {
	const p = new URLSearchParams(search);
	p.delete('career');
	p.set('careers', [career.soc, ...relatedCareers(ds, career.soc, latestPublished(ds.sources)?.id ?? '', 2).careers.map((c) => c.soc)].join(','));
	p.set('ref', career.soc);
	return p;
}

export function handoutView(ds: Dataset, search: URLSearchParams, links: HandoutLinks): HandoutView {
	const asked = search.get('career');
	const career: Career | undefined = asked === null ? undefined : rowsOfSoc(ds.careers, asked)[0];
	const compare = compareView(ds, career ? singleCareerParams(ds, search, career) : search);
	const facts = handoutFacts(ds, compare);
	const single = career ? facts.find((f) => f.soc === career.soc) : undefined;
	const withTraining = compare.rows.length <= 3;
	const ep = projectionSourceOf(ds);
	return {
		career,
		compare,
		facts,
		single,
		per: facts[0]?.per ?? 'a year',
		invalid: [...(asked !== null && !career ? [`Unknown career code "${asked}"`] : []), ...compare.invalid],
		title: single ? `${single.title} (SOC ${single.soc})` : `Comparing ${facts.length} careers: pay, outlook and training`,
		withTraining,
		// Tuned so the longest titles in the data still print on one Letter page (the table of a comparison is taller than one career's facts).
		zoom: single ? 0.8 : withTraining ? 0.72 : compare.rows.length <= 4 ? 0.75 : 0.68,
		back: career ? links.career(career.soc) : `${links.compare}${filtersToSearch(compare.filters, compare.defaults)}`,
		backLabel: career ? 'career page' : 'comparison',
		projections: { period: ep?.release ?? '2024–34', link: ep ? ` (${ep.url})` : '', asOf: ep?.referenceDate ?? '2024-09-01' }
	};
}
