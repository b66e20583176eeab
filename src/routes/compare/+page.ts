import { loadDataset } from '$lib/data/loadDataset';
import { loadResearch } from '$lib/data/researchFiles';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const [dataset, research] = await Promise.all([loadDataset(fetch, { national: 'all' }), loadResearch(fetch)]);
	return { dataset, research };
};
