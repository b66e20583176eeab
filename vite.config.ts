import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * Browser code only: app modules and packages each grouped by the pages that use them. Component styles are left
 * out of the groups: a grouped stylesheet can miss SvelteKit's inlining and block the first paint. Small groups are
 * not merged: merging groups under 5 KB put chart code / never draws (the trend chart, d3-shape) into chunks / loads,
 * and more of it into /pay and /career (first-load JS gzip, merged under 5 KB → not merged: / 95 → 88 KB, /pay
 * 145 → 112 KB, /career/29-2072 144 → 109 KB, /compare 122 → 124 KB), for 10–18 more files a page, all preloaded.
 */
const script = (folder: RegExp) => (id: string) => folder.test(id) && !/\.css$/.test(id);
const clientChunks = {
	groups: [
		{ name: 'lib', test: script(/[\\/]src[\\/]lib[\\/]/), entriesAware: true, entriesAwareMergeThreshold: 0 },
		{ name: 'vendor', test: script(/node_modules/), entriesAware: true, entriesAwareMergeThreshold: 0 }
	]
};

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// CSVs stay real files so downloads and fetches behave the same everywhere.
		// SOURCEMAP=1 npm run build: source maps, to see which modules a page's chunks hold.
		sourcemap: process.env.SOURCEMAP === '1',
		assetsInlineLimit: (file: string) => (file.endsWith('.csv') ? false : undefined),
		// Rolldown's PLUGIN_TIMINGS note says prerendering every page (SvelteKit's writeBundle) is most of the build:
		// true, expected and nothing to act on, so it is not printed.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	environments: { client: { build: { rolldownOptions: { output: { codeSplitting: clientChunks } } } } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
