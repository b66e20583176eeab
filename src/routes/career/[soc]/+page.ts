import { error } from '@sveltejs/kit';
import { loadCpi } from '$lib/data/cpiFile';
import { loadDataset } from '$lib/data/loadDataset';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, data }) => {
	const [dataset, cpi] = await Promise.all([loadDataset(fetch, { national: 'latest' }), loadCpi(fetch)]);
	const career = dataset.careers.find((c) => c.soc === params.soc);
	if (!career) error(404, `No career with SOC code ${params.soc} in the data.`);
	return { ...data, dataset, career, cpi };
};
