import { loadCpi } from '$lib/data/cpiFile';
import { loadDataset } from '$lib/data/loadDataset';
import type { PageLoad } from './$types';

// Only the small files are fetched at prerender (and inlined); the industry, state and older national
// files are fetched in the browser by the page.
export const load: PageLoad = async ({ fetch }) => {
	const [dataset, cpi] = await Promise.all([loadDataset(fetch, { national: 'latest' }), loadCpi(fetch)]);
	return { dataset, cpi };
};
