/**
 * Where the main thread spends a change the budget times (SCENE=compare: six careers on /compare, the first removed;
 * SCENE=explore: a sort or filter change on /explore with every occupation and column): Chromium CPU profiles of the
 * click until two frames later, summed over RUNS changes. Names are readable in an unminified build:
 *   npx vite build --minify false && SCENE=explore tsx scripts/bench/changeProfile.ts
 * MODE=self (default) time in each function itself; MODE=inclusive time under each of the project's functions (Svelte's
 * runtime and the browser's natives left out, so an effect or handler counts what it set off); MODE=file self time by file.
 * UNDER="File.js:12" keeps only samples under that function; STACKS="name" prints the callers of samples in it.
 * RUNS (5), TOP (40) and INTERVAL (sampling, µs; 100) tune it. Sampling slows the page: compare shares, not totals.
 */
import { chromium } from '@playwright/test';
import { playwrightTab } from './benchTab';
import { changeScene } from './changeScene';
import { withPreview } from './withPreview';

const { MODE = 'self', UNDER, STACKS } = process.env;
const RUNS = Number(process.env.RUNS) || 5;

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const keyOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;

/** Adds one profile's samples to `totals`, keyed as MODE says; returns the sampled milliseconds. */
function tally(profile: Profile, totals: Map<string, number>): number {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const stack = (id: number) => {
		const frames: ProfileNode[] = [];
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) frames.push(byId.get(at)!);
		return frames;
	};
	// Svelte's runtime is the file that holds its effect loop.
	const runtime = profile.nodes.find((n) => n.callFrame.functionName === 'update_reaction')?.callFrame.url;
	const isProject = (n: ProfileNode) => n.callFrame.url !== '' && n.callFrame.url !== runtime;
	const add = (key: string, ms: number) => totals.set(key, (totals.get(key) ?? 0) + ms);
	let sampled = 0;
	profile.samples.forEach((id, i) => {
		const frames = stack(id);
		const own = frames[0];
		if (own.callFrame.functionName === '(idle)' || own.callFrame.functionName === '(program)') return;
		if (UNDER && !frames.some((f) => keyOf(f).endsWith(UNDER))) return;
		const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		sampled += ms;
		if (STACKS) {
			if (keyOf(own).startsWith(STACKS)) add(frames.slice(1, 8).map(keyOf).join(' < '), ms);
		} else if (MODE === 'inclusive') for (const key of new Set(frames.filter(isProject).map(keyOf))) add(key, ms);
		else if (MODE === 'file') add(own.callFrame.url.split('/').pop() || own.callFrame.functionName, ms);
		else add(keyOf(own), ms);
	});
	return sampled;
}

await withPreview(async (base) => {
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.INTERVAL) || 100 });
	const totals = new Map<string, number>();
	let sampled = 0;
	const scene = changeScene(await playwrightTab(page), base);
	for (let run = 0; run < RUNS; run++) {
		await scene.prepare(run);
		await cdp.send('Profiler.start');
		await scene.change(run);
		sampled += tally(((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile, totals);
	}
	await browser.close();
	console.log(`${scene.name}. Sampled time per change: ${(sampled / RUNS).toFixed(1)} ms (mean of ${RUNS}; MODE=${MODE}${UNDER ? `, under ${UNDER}` : ''}${STACKS ? `, callers of ${STACKS}` : ''})`);
	for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP) || 40)) console.log(`${(ms / RUNS).toFixed(2).padStart(7)} ms  ${key}`);
});
