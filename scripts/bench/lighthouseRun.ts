/**
 * One calibrated Lighthouse run (mobile preset, simulated throttling): the page is gathered once without
 * throttling, the host's `benchmarkIndex` is read from that gather, and the audits then simulate the CPU
 * slowdown Lighthouse's documentation suggests for that index (cpuSlowdown.ts). Simulated throttling applies
 * the multiplier only when auditing, so saving it into the gathered settings is what `-G` then `-A` with that
 * flag would do, had Lighthouse allowed settings to differ between the two steps.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { cpuSlowdownFor } from './cpuSlowdown';

export interface LighthouseRun {
	path: string;
	performance: number;
	accessibility: number;
	tbtMs: number;
	lcpMs: number;
	benchmarkIndex: number;
	cpuSlowdown: number;
}

const CATEGORIES = ['performance', 'accessibility'];

/** Runs Lighthouse on `base + path` through the Chromium listening for DevTools on `port`. */
export async function lighthouseRun(base: string, path: string, port: number): Promise<LighthouseRun> {
	const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
	try {
		const url = base + path;
		await lighthouse(url, { port, logLevel: 'error', onlyCategories: CATEGORIES, gatherMode: dir });
		const file = join(dir, 'artifacts.json');
		const artifacts = JSON.parse(readFileSync(file, 'utf8'));
		const benchmarkIndex: number = artifacts.BenchmarkIndex;
		const { multiplier } = cpuSlowdownFor(benchmarkIndex);
		artifacts.settings.throttling.cpuSlowdownMultiplier = multiplier;
		writeFileSync(file, JSON.stringify(artifacts));
		const result = await lighthouse(url, {
			port,
			logLevel: 'error',
			onlyCategories: CATEGORIES,
			auditMode: dir,
			throttling: { ...artifacts.settings.throttling }
		});
		const lhr = result!.lhr;
		if (lhr.environment.benchmarkIndex !== benchmarkIndex || lhr.configSettings.throttling.cpuSlowdownMultiplier !== multiplier)
			throw new Error(`${path}: the report's benchmarkIndex or CPU slowdown is not the one applied`);
		return {
			path,
			performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
			accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
			tbtMs: lhr.audits['total-blocking-time'].numericValue ?? Number.NaN,
			lcpMs: lhr.audits['largest-contentful-paint'].numericValue ?? Number.NaN,
			benchmarkIndex,
			cpuSlowdown: multiplier
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
