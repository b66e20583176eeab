/**
 * Builds large OEWS-shaped CSVs for the import benchmark and the browser tests by repeating a real
 * national file, each copy under its own metro-style AREA code and title so no two rows are duplicates.
 */
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The real May 2024 national file, when ../shared is beside the repository. */
export const SHARED_NATIONAL = `${ROOT}../shared/data/raw/national_M2024_dl__converted.csv`;
/** The committed slice of the same file, used when ../shared is absent. */
export const FIXTURE_NATIONAL = `${ROOT}tests/fixtures/oews/national_M2024_slice.csv`;

const STATES = ['AL', 'AK', 'AZ', 'CA', 'CO', 'FL', 'GA', 'IL', 'NY', 'OH', 'PA', 'TX', 'WA', 'WI'];

export interface OewsSeed {
	/** Where the rows came from. */
	path: string;
	header: string;
	/** Data lines of the national file, each starting `99,U.S.,1,US,`. */
	lines: string[];
}

/** Reads the real national file (or the fixture slice) into header and data lines. */
export function readSeed(): OewsSeed {
	const path = existsSync(SHARED_NATIONAL) ? SHARED_NATIONAL : FIXTURE_NATIONAL;
	const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
	const [header, ...lines] = text.split(/\r?\n/).filter((l) => l !== '');
	const prefix = '99,U.S.,1,US,';
	if (!lines.every((l) => l.startsWith(prefix))) throw new Error(`${path}: expected every row to start with ${prefix}`);
	return { path, header, lines: lines.map((l) => l.slice(prefix.length)) };
}

/** One copy of the national rows re-labelled as metro area number `k` (a 5-digit code, a quoted title). */
export function copyFor(seed: OewsSeed, k: number): string {
	const state = STATES[k % STATES.length];
	const area = `${10000 + k},"Metro area ${String(k).padStart(5, '0')}, ${state}",4,${state},`;
	return seed.lines.map((l) => area + l).join('\n') + '\n';
}

export interface WrittenFile {
	path: string;
	bytes: number;
	rows: number;
	seed: string;
}

/** Writes a file of at least `rows` data rows (whole copies), streaming so the text is never held whole. */
export async function writeOewsFile(path: string, rows: number): Promise<WrittenFile> {
	const seed = readSeed();
	const copies = Math.ceil(rows / seed.lines.length);
	const out = createWriteStream(path);
	let bytes = 0;
	let failed: Error | null = null;
	out.on('error', (e) => (failed = e));
	const write = (s: string) =>
		new Promise<void>((resolve, reject) => {
			bytes += Buffer.byteLength(s);
			if (failed) reject(failed);
			else if (out.write(s)) resolve();
			else out.once('drain', resolve);
		});
	await write(seed.header + '\n');
	for (let k = 0; k < copies; k++) await write(copyFor(seed, k));
	await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
	return { path, bytes, rows: copies * seed.lines.length, seed: seed.path };
}
