import { loadDataset } from '$lib/data/loadDataset';
import { loadResearch } from '$lib/data/researchFiles';
import { loadCpi } from '$lib/data/cpiFile';
import type { PageLoad } from './$types';

// The prerendered page holds the latest release; every release is fetched after it mounts, for the trend.
export const load: PageLoad = async ({ fetch }) => {
	const [dataset, research, cpi] = await Promise.all([loadDataset(fetch, { national: 'latest', surveys: false }), loadResearch(fetch), loadCpi(fetch)]);
	return { dataset, research, cpi };
};
