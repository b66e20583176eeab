import { sveltekit } from '@sveltejs/kit/vite';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Browser code only: app modules and packages each grouped by the pages that use them. Component styles are left
 * out of the groups: a grouped stylesheet can miss SvelteKit's inlining and block the first paint. Small groups are
 * not merged: merging groups under 5 KB put chart code / never draws (the trend chart, d3-shape) into chunks / loads,
 * and more of it into /pay and /career (first-load JS gzip, merged under 5 KB → not merged: / 95 → 88 KB, /pay
 * 145 → 112 KB, /career/29-2072 144 → 109 KB, /compare 122 → 124 KB), for 10–18 more files a page, all preloaded.
 */
const script = (folder: RegExp) => (id: string) => folder.test(id) && !/\.css$/.test(id);

/**
 * The home page's own code in few chunks instead of some twenty: every module / reaches by static import that the
 * layout does not, other than the Svelte, SvelteKit and bundler runtime every page shares. Fewer files save their
 * wrappers and cross-chunk imports (first-load JS of / gzip 88.9 → 73.9 KB with the d3-array scales and toFixed formatting, see
 * docs/performance.md). Pages that use a module of / load its chunk, so the chunks are split by which light pages
 * share them (below); the chart pages load the home chunk, which is mostly what they draw too.
 */
type Graph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };
const shared = /node_modules[\\/](svelte|@sveltejs|devalue|esm-env|clsx)[\\/]|^\0|\.css$/;
const routes = resolve(import.meta.dirname, 'src/routes');
function reach(graph: Graph, from: string[]): Set<string> {
	const seen = new Set<string>();
	const stack = from.filter((id) => graph.getModuleInfo(id));
	while (stack.length) {
		const id = stack.pop()!;
		if (seen.has(id) || shared.test(id)) continue;
		seen.add(id);
		stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
	}
	return seen;
}
/**
 * Pages of text and lists that share some of /'s modules but none of its charts. Each module of / goes to a chunk
 * named by which of them also use it, so they load what they share with / and not the rest.
 */
const LIGHT_PAGES = ['about', 'careers', 'data'];
let homeNames: Map<string, string> | undefined;
function homeChunk(id: string, graph: Graph): string | null {
	if (!homeNames) {
		const pageFiles = (route: string) => ['+page.svelte', '+page.ts'].map((f) => join(routes, route, f));
		const layout = reach(graph, ['+layout.svelte', '+layout.ts'].map((f) => join(routes, f)));
		const light = LIGHT_PAGES.map((page) => ({ page, modules: reach(graph, pageFiles(page)) }));
		homeNames = new Map();
		for (const m of reach(graph, pageFiles(''))) {
			if (!layout.has(m)) homeNames.set(m, ['home', ...light.filter((l) => l.modules.has(m)).map((l) => l.page)].join('-'));
		}
	}
	return homeNames.get(id) ?? null;
}

const clientChunks = {
	groups: [
		{ name: homeChunk, priority: 1, includeDependenciesRecursively: false },
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
	environments: {
		client: { build: { rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { codeSplitting: clientChunks } } } }
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
