/**
 * Prints the dashboard's budgets, measured on the built site (run `npm run build` first):
 *  - JavaScript `/` loads in Chromium (gzip) and the data `/` fetches (gzip, from build/index.html);
 *  - time to redraw every chart on /compare after a career-selection change (6 careers), in Chromium, wall and main-thread task time;
 *  - main-thread task time of a filter or sort change on /explore with every occupation and column (CDP TaskDuration),
 *    after each kind of change has run once;
 *    both task times in a tab with no instrumentation (benchTab.ts), and for comparison in a page Playwright drives;
 *  - Lighthouse mobile performance score, total blocking time and accessibility of /, /compare, /career/29-2072
 *    and /pay (lighthouse@12, Debian Chromium), each run calibrated to the host's benchmarkIndex (lighthouseRun.ts).
 * Usage: npm run build && npm run budget   (CHROMIUM_PATH overrides the browser; SKIP_LIGHTHOUSE=1 skips it;
 *        LIGHTHOUSE_RUNS=n sets how many Lighthouse runs per page the median is taken of, 5 by default;
 *        LIGHTHOUSE_PAGES=/,/pay measures only those pages; E2E_PORT sets the preview server's port)
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { firstFreePort, portIsFree } from '../freePort';
import { openBareTab, playwrightTab, type Tab } from './benchTab';
import { openSixCareers } from './compareSelection';
import { EXPLORER_CHANGES } from './explorerChange';
import { explorerRedrawMs } from './explorerRedraw';
import { withPreview } from './withPreview';
import { lighthouseRun, type LighthouseRun } from './lighthouseRun';

const root = join(import.meta.dirname, '..', '..');
const build = join(root, 'build');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const BUDGET = { jsKb: 75, dataKb: 150, redrawMs: 50, selectionTaskMs: 8, performance: 98, tbtMs: 150, accessibility: 100 };
const LIGHTHOUSE_RUNS = Math.max(1, Number.parseInt(process.env.LIGHTHOUSE_RUNS ?? '', 10) || 5);
const LIGHTHOUSE_PAGES = (process.env.LIGHTHOUSE_PAGES || '/,/compare,/career/29-2072,/pay').split(',');

if (!existsSync(join(build, 'index.html'))) {
	console.error('No build/index.html: run `npm run build` first.');
	process.exit(1);
}

const gzipKb = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length / 1024;

/**
 * JavaScript the home page loads, as Chromium requests it until the network is quiet: every script, preloaded or
 * not, so a chunk that only an import reveals is counted too. Sizes are the built files, gzipped.
 */
async function firstLoadJs(base: string): Promise<number> {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	const page = await browser.newPage();
	const scripts = new Set<string>();
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
	});
	await page.goto(`${base}/`);
	await page.waitForLoadState('networkidle');
	await browser.close();
	let total = 0;
	for (const path of scripts) total += gzipKb(readFileSync(join(build, decodeURIComponent(path).replace(/^\//, ''))));
	return total;
}

/** Data the home page fetches: every response SvelteKit inlined into the prerendered HTML. */
function firstLoadData(html: string): { kb: number; files: string[] } {
	const files = [...html.matchAll(/data-sveltekit-fetched data-url="([^"]+)"/g)].map((m) => m[1].replace(/^(\.\/|\/)/, ''));
	return { kb: files.reduce((sum, f) => sum + gzipKb(readFileSync(join(build, f))), 0), files };
}

/**
 * Removing a career on /compare until the frame in which every chart shows the new set: wall time in the page, and
 * main-thread task time (Chromium's TaskDuration, read before the click and after that frame), `runs` runs each.
 */
async function redrawMs(base: string, tab: Tab, runs = 7): Promise<{ wall: number[]; task: number[] }> {
	const times: number[] = [];
	const tasks: number[] = [];
	for (let run = 0; run < runs; run++) {
		// Let the late parts (every release, imports read, fonts) settle so their tasks are not counted.
		await openSixCareers(tab, base);
		const before = await tab.taskMs();
		const ms = await tab.evaluate<number>(`new Promise((resolve) => {
			const button = document.querySelector('[aria-label^="Remove"]');
			const done = () => ['#compare-pay svg g.row', '#compare-outlook svg g.row', '[data-table="versus"] tbody tr'].every((s) => document.querySelectorAll(s).length === 5);
			const start = performance.now();
			const check = () => (done() ? requestAnimationFrame(() => resolve(performance.now() - start)) : requestAnimationFrame(check));
			button.click();
			requestAnimationFrame(check);
		})`);
		tasks.push((await tab.taskMs()) - before);
		times.push(ms);
	}
	return { wall: times.sort((a, b) => a - b), task: tasks.sort((a, b) => a - b) };
}

/** Both task times again in a page Playwright drives, whose instrumentation the traces and profiles (changeTrace.ts) carry. */
async function underPlaywright(base: string): Promise<{ selection: number; explorer: number }> {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const tab = await playwrightTab(page);
		return { selection: median((await redrawMs(base, tab)).task), explorer: median((await explorerRedrawMs(base, tab)).ms) };
	} finally {
		await browser.close();
	}
}

/** Lighthouse on every page, `runs` rounds of one run per page (so a busy spell on the machine falls on all pages alike). */
async function lighthouseRuns(base: string, runs: number): Promise<LighthouseRun[]> {
	const port = await firstFreePort(9222, portIsFree);
	if (port === null) throw new Error('No free port from 9222 for Chromium\'s DevTools protocol');
	const flags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--remote-debugging-port=${port}`];
	const browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
	const all: LighthouseRun[] = [];
	try {
		for (let round = 0; round < runs; round++) for (const path of LIGHTHOUSE_PAGES) all.push(await lighthouseRun(base, path, port));
	} finally {
		await browser.close();
	}
	return all;
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function reportLighthouse(runs: LighthouseRun[]) {
	for (const path of LIGHTHOUSE_PAGES) {
		const mine = runs.filter((r) => r.path === path);
		const score = median(mine.map((r) => r.performance));
		const tbt = median(mine.map((r) => r.tbtMs));
		line(`Lighthouse performance ${path} (median of ${mine.length})`, String(score), `≥ ${BUDGET.performance}`, score >= BUDGET.performance);
		line(`  total blocking time ${path}`, `${tbt.toFixed(0)} ms`, `≤ ${BUDGET.tbtMs} ms`, tbt <= BUDGET.tbtMs);
		console.log(
			`     (runs: ${mine.map((r) => `${r.performance} [TBT ${r.tbtMs.toFixed(0)} ms, LCP ${(r.lcpMs / 1000).toFixed(1)} s, benchmarkIndex ${r.benchmarkIndex.toFixed(0)} → CPU ${r.cpuSlowdown}×]`).join(', ')})`
		);
	}
	const a11y = Math.min(...runs.map((r) => r.accessibility));
	line('Lighthouse accessibility (lowest run)', String(a11y), `≥ ${BUDGET.accessibility}`, a11y >= BUDGET.accessibility);
	const indexes = runs.map((r) => r.benchmarkIndex);
	console.log(`     (benchmarkIndex over ${runs.length} runs: ${Math.min(...indexes).toFixed(0)}–${Math.max(...indexes).toFixed(0)}, median ${median(indexes).toFixed(0)}; load average ${loadavg()[0].toFixed(1)})`);
}

/**
 * /explore with every occupation and column: main-thread task time of a filter or sort change (CDP TaskDuration),
 * median of three rounds of the four changes after one round that is reported apart (the first run of each compiles it).
 */
async function explorerBudget(base: string, tab: Tab) {
	const EXPLORER_REDRAW_MS = 16;
	const { ms, first, rows, columns } = await explorerRedrawMs(base, tab);
	const middle = median(ms);
	line(`Explorer redraw (${rows} rows × ${columns} columns)`, `${middle.toFixed(0)} ms`, `≤ ${EXPLORER_REDRAW_MS} ms`, middle <= EXPLORER_REDRAW_MS);
	console.log(`     (task time per filter or sort change: ${ms.map((t) => t.toFixed(0)).join(', ')} ms; median shown; load average ${loadavg()[0].toFixed(1)})`);
	console.log(`     (the page's first four changes, ${EXPLORER_CHANGES.map((c) => c.what).join(', ')}: ${first.map((t) => t.toFixed(0)).join(', ')} ms)`);
}

const html = readFileSync(join(build, 'index.html'), 'utf8');
const data = firstLoadData(html);
const line = (name: string, value: string, budget: string, ok: boolean) => console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(38)} ${value.padStart(10)}   budget ${budget}`);

await withPreview(async (base) => {
	const js = await firstLoadJs(base);
	line('JavaScript on first load of / (gzip)', `${js.toFixed(1)} KB`, `≤ ${BUDGET.jsKb} KB`, js <= BUDGET.jsKb);
	line('Data fetched for / (gzip)', `${data.kb.toFixed(1)} KB`, `≤ ${BUDGET.dataKb} KB`, data.kb <= BUDGET.dataKb);
	console.log(`     (${data.files.length} files: ${data.files.map((f) => f.split('/').pop()).join(', ')})`);
	// Task times in a tab with no instrumentation but the Performance domain (benchTab.ts says why).
	const tab = await openBareTab(chromiumPath);
	try {
		const { wall, task } = await redrawMs(base, tab);
		const redraw = median(wall);
		const taskMedian = median(task);
		line('Redraw after a selection change (6)', `${redraw.toFixed(0)} ms`, `≤ ${BUDGET.redrawMs} ms`, redraw <= BUDGET.redrawMs);
		console.log(`     (wall time, runs: ${wall.map((t) => t.toFixed(0)).join(', ')} ms; median shown)`);
		line('  its main-thread task time', `${taskMedian.toFixed(0)} ms`, `≤ ${BUDGET.selectionTaskMs} ms`, taskMedian <= BUDGET.selectionTaskMs);
		console.log(`     (CDP TaskDuration, runs: ${task.map((t) => t.toFixed(0)).join(', ')} ms; median shown; load average ${loadavg()[0].toFixed(1)})`);
		await explorerBudget(base, tab);
	} finally {
		await tab.close();
	}
	const instrumented = await underPlaywright(base);
	console.log(`     (the same two task times in a page Playwright drives, as traces see them: selection ${instrumented.selection.toFixed(0)} ms, explorer ${instrumented.explorer.toFixed(0)} ms; medians as above)`);
	if (process.env.SKIP_LIGHTHOUSE) return;
	// Scores move from run to run on a shared machine: the median of several runs is the figure Lighthouse's own
	// guidance recommends reporting, with the benchmarkIndex each was calibrated to.
	reportLighthouse(await lighthouseRuns(base, LIGHTHOUSE_RUNS));
});
