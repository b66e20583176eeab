/**
 * Which modules the JavaScript a page loads is made of, gzip KB attributed through the source maps (approximate: each
 * chunk's gzip size shared out by the bytes each source maps to). For finding what a page pulls in that it does not use.
 * Usage: SOURCEMAP=1 npm run build, a preview server on E2E_PORT (npx vite preview --port N), then
 *        E2E_PORT=N npx tsx scripts/bench/bundleListing.ts /pay [rows]
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const s: string[] = [];
page.on('request', (r) => { if (r.resourceType() === 'script') s.push(new URL(r.url()).pathname); });
await page.goto(`http://localhost:${process.env.E2E_PORT || 4173}${process.argv[2] || '/'}`);
await page.waitForLoadState('networkidle');
await browser.close();
const bySource = new Map<string, number>();
let total = 0;
for (const p of s) {
	const file = join(import.meta.dirname, '..', '..', 'build', decodeURIComponent(p));
	const code = readFileSync(file, 'utf8');
	const gz = gzipSync(code, { level: 9 }).length; total += gz;
	let map; try { map = JSON.parse(readFileSync(file + '.map', 'utf8')); } catch { continue; }
	const lines = code.split('\n');
	const c = new SourceMapConsumer(map);
	const ms: { line: number; col: number; src: string }[] = [];
	c.eachMapping((m) => ms.push({ line: m.generatedLine, col: m.generatedColumn, src: m.source ?? '?' }));
	const raw = new Map<string, number>(); let rawTotal = 0;
	for (let i = 0; i < ms.length; i++) {
		const m = ms[i]; const n = ms[i + 1];
		const end = n && n.line === m.line ? n.col : lines[m.line - 1].length;
		const len = Math.max(0, end - m.col); rawTotal += len;
		raw.set(m.src, (raw.get(m.src) ?? 0) + len);
	}
	for (const [src, len] of raw) { const k = src.replace(/.*node_modules\//, 'nm:').replace(/.*\/src\//, 'src/'); bySource.set(k, (bySource.get(k) ?? 0) + (gz * len) / rawTotal); }
}
const rows = [...bySource].sort((a, b) => b[1] - a[1]);
for (const [k, v] of rows.slice(0, Number(process.argv[3] || 45))) console.log((v / 1024).toFixed(1).padStart(6), k);
const pkg = new Map<string, number>();
for (const [k, v] of rows) { const key = k.startsWith('nm:') ? k.split('/').slice(0, k.startsWith('nm:@') ? 2 : 1).join('/') : k.split('/').slice(0, 3).join('/'); pkg.set(key, (pkg.get(key) ?? 0) + v); }
console.log('--- by package/folder'); for (const [k, v] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log((v / 1024).toFixed(1).padStart(6), k);
console.log((total / 1024).toFixed(1), 'KB gzip total ');
