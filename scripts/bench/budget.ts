/**
 * Prints the dashboard's budgets, measured on the built site (run `npm run build` first):
 *  - JavaScript loaded by `/` (gzip) and the data `/` fetches (gzip), from build/index.html;
 *  - time to redraw every chart on /compare after a career-selection change (6 careers), in Chromium;
 *  - Lighthouse mobile performance and accessibility scores of `/` (lighthouse@12, Debian Chromium).
 * Usage: npm run build && npm run budget   (CHROMIUM_PATH overrides the browser; SKIP_LIGHTHOUSE=1 skips it)
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..');
const build = join(root, 'build');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const BUDGET = { jsKb: 100, dataKb: 150, redrawMs: 50, performance: 95, accessibility: 100 };

if (!existsSync(join(build, 'index.html'))) {
	console.error('No build/index.html: run `npm run build` first.');
	process.exit(1);
}

const gzipKb = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length / 1024;

/** JavaScript the home page loads: its module scripts and every modulepreload. */
function firstLoadJs(html: string): number {
	const urls = new Set([...html.matchAll(/(?:href|src|import\()\s*=?\s*["']([^"']+\.js)["']/g)].map((m) => m[1]));
	let total = 0;
	for (const url of urls) total += gzipKb(readFileSync(join(build, url.replace(/^(\.\/|\/)/, ''))));
	return total;
}

/** Data the home page fetches: every response SvelteKit inlined into the prerendered HTML. */
function firstLoadData(html: string): { kb: number; files: string[] } {
	const files = [...html.matchAll(/data-sveltekit-fetched data-url="([^"]+)"/g)].map((m) => m[1].replace(/^(\.\/|\/)/, ''));
	return { kb: files.reduce((sum, f) => sum + gzipKb(readFileSync(join(build, f))), 0), files };
}

async function withPreview<T>(run: (base: string) => Promise<T>): Promise<T> {
	const port = 4300 + Math.floor(Math.random() * 500);
	const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
	const base = `http://localhost:${port}`;
	try {
		for (let i = 0; i < 100; i++) {
			try {
				if ((await fetch(base)).ok) break;
			} catch {
				await new Promise((r) => setTimeout(r, 200));
			}
		}
		return await run(base);
	} finally {
		server.kill();
	}
}

const SIX = ['29-2072', '29-2033', '29-2036', '29-1124', '29-1071', '29-1151'];

/** Median time from removing a career on /compare to the frame in which every chart shows the new set. */
async function redrawMs(base: string): Promise<number[]> {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const times: number[] = [];
	for (let run = 0; run < 7; run++) {
		await page.goto(`${base}/compare?careers=${SIX.join(',')}`);
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		await page.waitForFunction(() => document.querySelectorAll('[data-table="versus"] tbody tr').length === 6);
		// Passed as text: the TypeScript runner would otherwise add helpers the page does not have.
		const ms = await page.evaluate<number>(`new Promise((resolve) => {
			const button = document.querySelector('[aria-label^="Remove"]');
			const done = () => document.querySelectorAll('#compare-pay tr[data-soc]').length === 5 && document.querySelectorAll('[data-table="versus"] tbody tr').length === 5;
			const start = performance.now();
			const check = () => (done() ? requestAnimationFrame(() => resolve(performance.now() - start)) : requestAnimationFrame(check));
			button.click();
			requestAnimationFrame(check);
		})`);
		times.push(ms);
	}
	await browser.close();
	return times.sort((a, b) => a - b);
}

function lighthouse(base: string): { performance: number; accessibility: number } | null {
	if (process.env.SKIP_LIGHTHOUSE) return null;
	const out = join(root, 'test-results', 'lighthouse.json');
	execFileSync(
		'npx',
		['lighthouse', `${base}/`, '--quiet', '--only-categories=performance,accessibility', '--output=json', `--output-path=${out}`,
			'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync'],
		{ cwd: root, env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: 'ignore' }
	);
	const report = JSON.parse(readFileSync(out, 'utf8'));
	return { performance: Math.round(report.categories.performance.score * 100), accessibility: Math.round(report.categories.accessibility.score * 100) };
}

const html = readFileSync(join(build, 'index.html'), 'utf8');
const js = firstLoadJs(html);
const data = firstLoadData(html);
const line = (name: string, value: string, budget: string, ok: boolean) => console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(38)} ${value.padStart(10)}   budget ${budget}`);
line('JavaScript on first load of / (gzip)', `${js.toFixed(1)} KB`, `≤ ${BUDGET.jsKb} KB`, js <= BUDGET.jsKb);
line('Data fetched for / (gzip)', `${data.kb.toFixed(1)} KB`, `≤ ${BUDGET.dataKb} KB`, data.kb <= BUDGET.dataKb);
console.log(`     (${data.files.length} files: ${data.files.map((f) => f.split('/').pop()).join(', ')})`);

await withPreview(async (base) => {
	const times = await redrawMs(base);
	const median = times[Math.floor(times.length / 2)];
	line('Redraw after a selection change (6)', `${median.toFixed(0)} ms`, `≤ ${BUDGET.redrawMs} ms`, median <= BUDGET.redrawMs);
	console.log(`     (runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms; median shown)`);
	const lh = lighthouse(base);
	if (lh) {
		line('Lighthouse performance (mobile)', String(lh.performance), `≥ ${BUDGET.performance}`, lh.performance >= BUDGET.performance);
		line('Lighthouse accessibility (mobile)', String(lh.accessibility), `≥ ${BUDGET.accessibility}`, lh.accessibility >= BUDGET.accessibility);
	}
});
