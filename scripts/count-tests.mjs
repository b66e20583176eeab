#!/usr/bin/env node
// Adds up the unit (Vitest JSON) and e2e (Playwright JSON) reports and the type check, and prints, as the last line,
// exactly `N passed, M failed` (plus `, K skipped` when some were skipped). Exits 1 if anything failed.
//
// Usage: node scripts/count-tests.mjs <name>=<kind>:<json file>:<exit code or reason> ...
//   kind is vitest, playwright or check (a command whose exit code is its one result; its file is "-");
//   a non-numeric third part (e.g. "not-run-build-failed") means the
//   suite never ran. A suite with no JSON, or one that exited non-zero without a failed test (a file
//   that failed to load, an unhandled error, a web server that did not start), counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

/** @param {any} r Vitest's Jest-style JSON report */
function countVitest(r) {
	const passed = r.numPassedTests ?? 0;
	const failed = r.numFailedTests ?? 0;
	const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
	// A test file that fails to import has no tests but is marked failed.
	const brokenFiles = (r.testResults ?? [])
		.filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'))
		.map((f) => `${f.name}: ${(f.message ?? '').split('\n')[0]}`);
	return { passed, failed, skipped, problems: brokenFiles };
}

/** @param {any} r Playwright's JSON report */
function countPlaywright(r) {
	const s = r.stats ?? {};
	const problems = (r.errors ?? []).map((e) => (e.message ?? String(e)).split('\n')[0]);
	return {
		passed: (s.expected ?? 0) + (s.flaky ?? 0),
		failed: s.unexpected ?? 0,
		skipped: s.skipped ?? 0,
		problems
	};
}

let passed = 0;
let failed = 0;
let skipped = 0;

for (const arg of process.argv.slice(2)) {
	const m = /^([^=]+)=(vitest|playwright|check):(.+):([^:]+)$/.exec(arg);
	if (!m) {
		console.error(`count-tests: cannot read argument "${arg}" (want name=kind:file:exit)`);
		process.exit(2);
	}
	const [, name, kind, file, exit] = m;
	if (!/^\d+$/.test(exit)) {
		console.log(`${name} suite did not run (${exit}): counted as 1 failed`);
		failed += 1;
		continue;
	}
	if (kind === 'check') {
		const ok = exit === '0';
		console.log(`${name}: ${ok ? '1 passed, 0 failed' : `0 passed, 1 failed (exit ${exit})`}`);
		passed += ok ? 1 : 0;
		failed += ok ? 0 : 1;
		continue;
	}
	if (!existsSync(file)) {
		console.log(`${name} suite crashed (exit ${exit}) and wrote no report ${file}: counted as 1 failed`);
		failed += 1;
		continue;
	}
	let report;
	try {
		report = JSON.parse(readFileSync(file, 'utf8'));
	} catch (e) {
		console.log(`${name} suite crashed: its report ${file} is not valid JSON (${e.message}): counted as 1 failed`);
		failed += 1;
		continue;
	}
	const c = kind === 'vitest' ? countVitest(report) : countPlaywright(report);
	for (const p of c.problems) console.log(`${name} suite error: ${p}`);
	let extra = 0;
	if (c.failed === 0 && (c.problems.length > 0 || exit !== '0')) {
		extra = Math.max(c.problems.length, 1);
		console.log(
			`${name} suite exited with code ${exit} without a failed test: counted as ${extra} failed`
		);
	}
	console.log(`${name}: ${c.passed} passed, ${c.failed + extra} failed, ${c.skipped} skipped`);
	passed += c.passed;
	failed += c.failed + extra;
	skipped += c.skipped;
}

console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
