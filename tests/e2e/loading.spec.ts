import { expect, test } from '@playwright/test';

// One page of each kind. Each page's HTML names the scripts its hydration needs (modulepreload) and inlines its
// styles, so the first load starts every request at once and paints without waiting for a stylesheet.
const pages = ['/', '/compare', '/career/29-2072', '/pay', '/careers', '/ladder', '/about', '/data', '/present', '/handout', '/embed/pay'];

// SvelteKit also fetches the error page's code at start, so that an error later can still be shown; it is not needed
// to draw the page and so is not preloaded. Its own chunk (SvelteKit's default error component) comes with it.
const errorPage = /\/nodes\/1\.[\w-]+\.js$/;

/** The scripts the error page's node imports, as URLs. */
async function errorPageImports(nodeUrl: string | undefined): Promise<string[]> {
	if (!nodeUrl) return [];
	const code = await (await fetch(nodeUrl)).text();
	return [...code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => new URL(m[1], nodeUrl).href);
}

for (const path of pages) {
	test(`${path} loads only the scripts its HTML preloads, and no stylesheet`, async ({ page }) => {
		const requested: { type: string; url: string }[] = [];
		// A page that fetches large files after it mounts parses them in a Web Worker: its script is the worker's own
		// (one file, no imports), started after hydration, which no link in the HTML can preload for the page.
		const workers: string[] = [];
		page.on('worker', (w) => workers.push(w.url()));
		page.on('request', (r) => {
			if (r.resourceType() === 'script' || r.resourceType() === 'stylesheet') requested.push({ type: r.resourceType(), url: r.url() });
		});
		const response = await page.goto(path);
		await page.waitForLoadState('networkidle');
		// Read from the HTML as served: the page adds preload links of its own later, for code it loads on demand.
		const html = (await response?.text()) ?? '';
		const preloaded = [...html.matchAll(/<link href="([^"]+)" rel="modulepreload"/g)].map((m) => new URL(m[1], page.url()).href);
		expect(preloaded.length).toBeGreaterThan(0);

		expect(requested.filter((r) => r.type === 'stylesheet').map((r) => r.url)).toEqual([]);
		const forErrors = await errorPageImports(requested.find((r) => errorPage.test(r.url))?.url);
		const late = requested
			.filter((r) => r.type === 'script' && !preloaded.includes(r.url) && !errorPage.test(r.url) && !forErrors.includes(r.url) && !workers.includes(r.url))
			.map((r) => r.url);
		expect(late, 'scripts fetched only after an import was read, one round trip late').toEqual([]);
	});
}
