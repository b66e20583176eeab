import { loadDataset } from '$lib/data/loadDataset';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => ({ dataset: await loadDataset(fetch, { national: 'latest', surveys: false }) });
