import { loadDataset } from '$lib/data/loadDataset';
import type { PageLoad } from './$types';

// The handout prints one release (the latest unless the link names another, whose rows are fetched after the page mounts).
export const load: PageLoad = async ({ fetch }) => ({ dataset: await loadDataset(fetch) });
