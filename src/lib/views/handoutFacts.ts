import { formatChange, formatCount, formatThousands, formatWage, MISSING_LABELS } from '../format';
import { careerCredentials, credentialsLine } from '../model/careerCredentials';
import type { Dataset } from '../model/dataset';
import type { CompareView } from './compareView';

/** One career's key figures as the handout prints them, each already formatted with its unit. */
export interface HandoutFacts {
	soc: string;
	title: string;
	/** e.g. "$51,140". */
	median: string;
	/** The unit of the pay figures: "a year" or "an hour". */
	per: string;
	/** 10th–90th percentile, e.g. "$37,000 – $81,150". */
	range: string;
	jobs: string;
	/** Percent change over the projection decade, e.g. "+7.1%". */
	growth: string;
	/** It against the all-occupations rate, e.g. "above the 3.1% for all occupations"; "" when not published. */
	outlook: string;
	openings: string;
	training: string;
	certification: string;
}

const NOT_PUBLISHED = MISSING_LABELS.notAvailable;

/** Key figures of every career in the view: pay from its OEWS release and unit, outlook and training from projections, credentials from the facts file and the surveys. */
export function handoutFacts(ds: Dataset, view: CompareView): HandoutFacts[] {
	const basis = view.filters.basis;
	const money = (f: Parameters<typeof formatWage>[0]) => formatWage(f, basis, view.topCode);
	const per = basis === 'annual' ? 'a year' : 'an hour';
	return view.rows.map((r) => {
		const soc = r.career.soc;
		const credentials = careerCredentials(soc, ds.certifications, ds.surveys, r.projection);
		const g = r.growth;
		return {
			soc,
			title: r.career.title,
			median: r.pay ? money(r.pay.median) : `not in OEWS ${view.release.release}`,
			per,
			range: r.pay ? `${money(r.pay.p10)} – ${money(r.pay.p90)}` : NOT_PUBLISHED,
			jobs: r.pay ? formatCount(r.pay.employment) : NOT_PUBLISHED,
			growth: g ? formatChange(g.percentChange) : NOT_PUBLISHED,
			outlook: g?.label ?? '',
			openings: g ? formatThousands(g.openingsPerYear) : NOT_PUBLISHED,
			training: r.projection?.education || NOT_PUBLISHED,
			certification: credentialsLine(credentials, 1)
		};
	});
}
