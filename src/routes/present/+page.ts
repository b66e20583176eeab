import { loadDataset } from '$lib/data/loadDataset';
import type { PageLoad } from './$types';

// The deck prerenders the latest release; every release is fetched after it mounts, for the trend slide.
export const load: PageLoad = async ({ fetch }) => ({ dataset: await loadDataset(fetch, { surveys: false }) });
