/**
 * `npm run bench`: how fast the OEWS import is against a bare papaparse parse of the same file.
 *
 * Builds a ~92 MB, ~420,000-row OEWS-shaped CSV (the real May 2024 national file repeated under varied
 * metro AREA codes; see makeOewsFile.ts), then measures in this one run, each method in a fresh process,
 * alternating methods, 3 times each (the median is reported):
 *   papa     Papa.parse(text) in array mode: the baseline (parse only, every row kept as cells)
 *   importer importOews(text): parse + validate + aggregate into WageRecords (what `npm run data` uses)
 *   stream   the parse worker's path: the file's bytes streamed in 1 MB pieces, decoded, format detected, imported
 *   papaReader  the importer fed by the papaparse-based reader (csvRowReader) instead of the hand-written one
 * and the peak memory (max RSS) and the heap still used by the result of each. Then it builds a ~300 MB
 * all-areas-shaped file (national by industry, state and metro rows) and streams it once, for time and memory.
 * Then, in Chromium through Playwright, the same file picked on /data until its report shows and it is stored, against
 * bare papaparse in the same browser (browserImport.ts; needs `npm run build`, skipped with --no-browser).
 * Options: --rows N (default 420000), --runs N (default 3), --big-mb N (default 300; 0 skips it), --browser-runs N
 * (default 5), --no-browser, --keep.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { csvRowReader } from '../../src/lib/data/csvRowReader';
import { importOews, oewsImporter } from '../../src/lib/data/oews';
import { importByteStream } from '../../src/lib/data/streamImport';
import { browserBench } from './browserImport';
import { writeAllAreasFile, writeOewsFile } from './makeOewsFile';

const METHODS = ['papa', 'importer', 'stream', 'papaReader'] as const;
type Method = (typeof METHODS)[number] | 'big';

interface Measure {
	method: Method;
	/** Wall-clock milliseconds. */
	ms: number;
	/** CPU milliseconds of the process (all its threads, GC helpers included): steadier than wall time on a shared machine. */
	cpuMs: number;
	rows: number;
	problems: number;
	/** Peak resident set size of the process, MB. */
	peakRss: number;
	/** Heap in use right after the method returned, its result still held, MB. */
	heapUsed: number;
}

const MB = 1024 * 1024;
const arg = (name: string, fallback: number) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

/** One measurement in this (child) process. */
async function measure(method: Method, path: string): Promise<Measure> {
	const text = method === 'stream' || method === 'big' ? '' : readFileSync(path, 'utf8');
	const start = performance.now();
	const cpu = process.cpuUsage();
	let rows = 0;
	let problems = 0;
	let kept: unknown;
	if (method === 'papa') {
		const parsed = Papa.parse<string[]>(text);
		const blankLast = parsed.data.at(-1)?.join('') === '' ? 1 : 0;
		[rows, problems, kept] = [parsed.data.length - 1 - blankLast, parsed.errors.length, parsed];
	} else if (method === 'importer') {
		const result = importOews(text, 'bench.csv', { sourceId: 'bench' });
		[rows, problems, kept] = [result.rows.length, result.problems.length, result];
	} else if (method === 'papaReader') {
		// The same importer fed by the papaparse-based reader, in the same 1 MB pieces readRows uses.
		const importer = oewsImporter('bench.csv', { sourceId: 'bench' });
		const reader = csvRowReader('bench.csv', (c, l) => importer.row(c, l));
		for (let at = 0; at < text.length; at += 1 << 20) reader.push(text.slice(at, at + (1 << 20)));
		reader.end();
		const result = importer.finish();
		[rows, problems, kept] = [result.rows.length, result.problems.length, result];
	} else {
		// Bytes, as File.stream() gives them: the import decodes them itself.
		const stream = createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
		const result = await importByteStream(stream, 'bench.csv', { sourceId: 'bench', total: statSync(path).size });
		[rows, problems, kept] = [result.wages.length, result.problems.length, result];
	}
	const ms = performance.now() - start;
	const used = process.cpuUsage(cpu);
	const cpuMs = (used.user + used.system) / 1000;
	const heapUsed = process.memoryUsage().heapUsed / MB;
	if (!kept) throw new Error('no result');
	return { method, ms, cpuMs, rows, problems, peakRss: process.resourceUsage().maxRSS / 1024, heapUsed };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
	const rows = arg('rows', 420_000);
	const runs = arg('runs', 3);
	const dir = mkdtempSync(join(tmpdir(), 'oews-bench-'));
	const path = join(dir, 'oews_bench.csv');
	console.log(`Building a ${fmt(rows)}-row OEWS-shaped file in ${dir} …`);
	const file = await writeOewsFile(path, rows);
	console.log(`${fmt(file.bytes / 1e6, 1)} MB, ${fmt(file.rows)} data rows, from ${file.seed}`);
	console.log(`Node ${process.version}; each method in a fresh process, ${runs} runs each, alternating; medians below.\n`);

	const script = fileURLToPath(import.meta.url);
	const results = new Map<Method, Measure[]>(METHODS.map((m) => [m, []]));
	for (let run = 1; run <= runs; run++)
		for (const method of METHODS) {
			const child = spawnSync(process.execPath, ['--import', 'tsx', script, '--child', method, path], { encoding: 'utf8', maxBuffer: 1 << 20 });
			if (child.status !== 0) throw new Error(`${method} failed:\n${child.stderr}`);
			const m = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Measure;
			results.get(method)!.push(m);
			console.log(`  run ${run} ${method.padEnd(8)} ${fmt(m.ms).padStart(6)} ms wall ${fmt(m.cpuMs).padStart(6)} ms CPU  ${fmt(m.rows)} rows  peak RSS ${fmt(m.peakRss)} MB`);
		}

	const summary = METHODS.map((method) => {
		const ms = results.get(method)!;
		const t = median(ms.map((m) => m.ms));
		return { method, ms: t, cpuMs: median(ms.map((m) => m.cpuMs)), rows: ms[0].rows, rowsPerSecond: (ms[0].rows / t) * 1000, mbPerSecond: file.bytes / 1e6 / (t / 1000), peakRss: median(ms.map((m) => m.peakRss)), heapUsed: median(ms.map((m) => m.heapUsed)), problems: ms[0].problems };
	});
	const base = summary[0];
	console.log('\n| method | median wall ms | rows/s | MB/s | vs papa (wall) | median CPU ms | vs papa (CPU) | peak RSS MB | heap after MB |');
	console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
	for (const s of summary)
		console.log(
			`| ${s.method} | ${fmt(s.ms)} | ${fmt(s.rowsPerSecond)} | ${fmt(s.mbPerSecond, 1)} | ${fmt(base.ms / s.ms, 2)}× | ${fmt(s.cpuMs)} | ${fmt(base.cpuMs / s.cpuMs, 2)}× | ${fmt(s.peakRss)} | ${fmt(s.heapUsed)} |`
		);
	const ratio = base.ms / summary[1].ms;
	const verdict = (r: number, target: number) => (r >= target ? 'met' : 'NOT met');
	console.log(`\nimporter / papa throughput: ${fmt(ratio, 2)}× wall, ${fmt(base.cpuMs / summary[1].cpuMs, 2)}× CPU (target ≥ 1.00×: wall ${verdict(ratio, 1)}, CPU ${verdict(base.cpuMs / summary[1].cpuMs, 1)})`);
	console.log(`stream   / papa throughput: ${fmt(base.ms / summary[2].ms, 2)}× wall, ${fmt(base.cpuMs / summary[2].cpuMs, 2)}× CPU (target ≥ 0.90×: wall ${verdict(base.ms / summary[2].ms, 0.9)}, CPU ${verdict(base.cpuMs / summary[2].cpuMs, 0.9)})`);
	const papaReader = summary[3];
	const handWall = papaReader.ms / summary[1].ms;
	const handCpu = papaReader.cpuMs / summary[1].cpuMs;
	console.log(`importer on the hand-written reader / on the papaparse reader: ${fmt(handWall, 2)}× wall, ${fmt(handCpu, 2)}× CPU (the hand-written reader is kept only while ≥ 1.50×: ${verdict(Math.max(handWall, handCpu), 1.5)})`);
	const bigMb = arg('big-mb', 300);
	if (bigMb > 0) {
		const bigPath = join(dir, 'all_data_bench.csv');
		const big = await writeAllAreasFile(bigPath, bigMb * 1e6);
		const child = spawnSync(process.execPath, ['--max-old-space-size=6144', '--import', 'tsx', script, '--child', 'big', bigPath], { encoding: 'utf8', maxBuffer: 1 << 20 });
		if (child.status !== 0) throw new Error(`big failed:\n${child.stderr}`);
		const m = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Measure;
		console.log(`\nall-areas-shaped file: ${fmt(big.bytes / 1e6, 1)} MB, ${fmt(big.rows)} rows (national by industry, state, metro), streamed once:`);
		console.log(`  ${fmt(m.ms)} ms wall, ${fmt(m.cpuMs)} ms CPU, ${fmt(m.rows)} rows accepted, ${fmt(m.problems)} problems, peak RSS ${fmt(m.peakRss)} MB, heap after ${fmt(m.heapUsed)} MB (${fmt((m.heapUsed * MB) / Math.max(1, m.rows))} bytes a kept row)`);
		rmSync(bigPath, { force: true });
	}
	if (summary.some((s) => s.method !== 'papa' && (s.rows !== file.rows || s.problems !== 0))) throw new Error('the importer did not accept every row');
	if (process.argv.includes('--keep')) console.log(`\nkept ${path}`);
	else rmSync(dir, { recursive: true, force: true });
	if (ratio < 0.8) process.exitCode = 1;
	if (!process.argv.includes('--no-browser')) await browserBench();
}

if (process.argv[2] === '--child') console.log(JSON.stringify(await measure(process.argv[3] as Method, process.argv[4])));
else await main();
