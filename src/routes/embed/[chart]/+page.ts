import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/loadDataset';
import { EMBED_CHARTS, type EmbedChart } from '$lib/views/compareView';
import type { EntryGenerator, PageLoad } from './$types';

/** One prerendered embed per chart id. */
export const entries: EntryGenerator = () => EMBED_CHARTS.map((chart) => ({ chart }));

export const load: PageLoad = async ({ fetch, params }) => {
	if (!(EMBED_CHARTS as readonly string[]).includes(params.chart)) error(404, `No chart "${params.chart}" to embed; charts are ${EMBED_CHARTS.join(', ')}.`);
	const chart = params.chart as EmbedChart;
	// Every embed prerenders the latest release. The trend's other releases, and those of a link naming an older
	// release, are fetched after the page mounts (the URL is read only in the browser).
	return { chart, dataset: await loadDataset(fetch, { surveys: false }) };
};
