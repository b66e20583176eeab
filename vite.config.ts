import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * Browser code only: app modules and packages each grouped by the pages that use them, tiny groups merged, so `/`
 * loads a few files instead of twenty. Component styles are left out of the groups: a grouped stylesheet can miss
 * SvelteKit's inlining and block the first paint. Groups under 5 KB are merged: at 10 KB, adding /explore (which shares
 * modules with most pages) merged /pay and /ladder code into a chunk / loads (86 → 113 KB gzip on first load).
 */
const script = (folder: RegExp) => (id: string) => folder.test(id) && !/\.css$/.test(id);
const clientChunks = {
	groups: [
		{ name: 'lib', test: script(/[\\/]src[\\/]lib[\\/]/), entriesAware: true, entriesAwareMergeThreshold: 5_000 },
		{ name: 'vendor', test: script(/node_modules/), entriesAware: true, entriesAwareMergeThreshold: 5_000 }
	]
};

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// CSVs stay real files so downloads and fetches behave the same everywhere.
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
