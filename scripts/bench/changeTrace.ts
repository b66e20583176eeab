/**
 * A Chromium trace of a change the budget times (SCENE=compare: six careers on /compare, the first removed; SCENE=explore:
 * a sort or filter change on /explore with every occupation and column), summed by event on the renderer's main thread:
 * how much is script, style, layout, paint and garbage collection, and (FORCED=1) which style and layout passes script
 * forced and from where. Usage: npm run build && SCENE=explore tsx scripts/bench/changeTrace.ts
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { playwrightTab } from './benchTab';
import { changeScene } from './changeScene';
import { withPreview } from './withPreview';

const RUNS = Number(process.env.RUNS) || 5;
const EVENTS = new Set(['FunctionCall', 'EventDispatch', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'ParseHTML', 'MinorGC', 'MajorGC', 'HitTest']);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8'];

interface Frame { functionName: string; url: string; lineNumber: number }
interface TraceEvent { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string; beginData?: { stackTrace?: Frame[] } } }

await withPreview(async (base) => {
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const sums = new Map<string, { ms: number; count: number }>();
	const path = join(tmpdir(), `change-trace-${process.pid}.json`);
	const scene = changeScene(await playwrightTab(page), base);
	for (let run = 0; run < RUNS; run++) {
		await scene.prepare(run);
		await browser.startTracing(page, { path, categories: CATEGORIES });
		await scene.change(run);
		await browser.stopTracing();
		const events: TraceEvent[] = JSON.parse(readFileSync(path, 'utf8')).traceEvents;
		const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
		for (const e of events) {
			if (!main || e.tid !== main.tid || e.pid !== main.pid || e.ph !== 'X' || !EVENTS.has(e.name)) continue;
			const ms = (e.dur ?? 0) / 1000;
			const sum = sums.get(e.name) ?? { ms: 0, count: 0 };
			sums.set(e.name, { ms: sum.ms + ms, count: sum.count + 1 });
			const stack = e.args?.beginData?.stackTrace;
			if (process.env.FORCED && (e.name === 'Layout' || e.name === 'UpdateLayoutTree'))
				console.log(`${e.name} ${ms.toFixed(2)} ms ${stack ? `forced by ${stack.slice(0, 3).map((f) => `${f.functionName}@${f.url.split('/').pop()}:${f.lineNumber}`).join(' < ')}` : 'in the frame'}`);
		}
	}
	rmSync(path, { force: true });
	await browser.close();
	console.log(`${scene.name}. Per change, mean of ${RUNS} (FunctionCall and EventDispatch include what they force, tracing slows them):`);
	for (const [name, { ms, count }] of [...sums].sort((a, b) => b[1].ms - a[1].ms)) console.log(`${(ms / RUNS).toFixed(2).padStart(7)} ms  ${name} (×${(count / RUNS).toFixed(1)})`);
});
