import { loadDataset } from '$lib/data/loadDataset';
import { loadResearch } from '$lib/data/researchFiles';
import { loadCpi } from '$lib/data/cpiFile';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const [dataset, research, cpi] = await Promise.all([loadDataset(fetch, { national: 'all' }), loadResearch(fetch), loadCpi(fetch)]);
	return { dataset, research, cpi };
};
