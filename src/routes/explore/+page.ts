import { loadDataset } from '$lib/data/loadDataset';
import type { PageLoad } from './$types';

// Sources and careers only at prerender: the files of every occupation are fetched in the browser by this page alone.
export const load: PageLoad = async ({ fetch }) => ({ dataset: await loadDataset(fetch, { national: 'featured', surveys: false }) });
