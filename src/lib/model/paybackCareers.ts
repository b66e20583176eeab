import type { Dataset } from './dataset';
import { careerTitle } from './careerTitle';
import type { PaybackCareer } from './paybackInputs';
import { rowsOfSoc } from './rowIndex';
import { summarizePay } from './summarizePay';

/** The careers the payback calculator compares, in the order given: typical entry education from projections, annual pay from one release; codes no career has are left out. */
export function paybackCareers(ds: Pick<Dataset, 'careers' | 'projections' | 'wages'>, socs: readonly string[], sourceId: string): PaybackCareer[] {
	return socs.flatMap((soc) => {
		const title = careerTitle(ds.careers, soc);
		return title === undefined ? [] : [{ soc, title, education: rowsOfSoc(ds.projections, soc)[0]?.education ?? '', pay: summarizePay(ds.wages, soc, sourceId, 'annual') }];
	});
}
