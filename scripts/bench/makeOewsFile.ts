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

const CROSS = '000000,Cross-industry,cross-industry,1235,';
const INDUSTRIES = [
	'62,Health Care and Social Assistance,sector,1235,',
	'621100,Offices of Physicians,4-digit,5,',
	'622100,General Medical and Surgical Hospitals,4-digit,235,',
	'623100,Nursing Care Facilities (Skilled Nursing Facilities),4-digit,5,',
	'524100,Insurance Carriers,4-digit,5,'
];
const STATE_AREAS = ['01,Alabama', '06,California', '12,Florida', '17,Illinois', '36,New York', '39,Ohio', '42,Pennsylvania', '48,Texas', '53,Washington', '55,Wisconsin'];

/**
 * Copy `k` of the national rows in the all-areas shape (BLS all_data_M_YYYY): national by industry, then
 * states, then metros, each copy its own area and industry so no two rows share a key.
 */
export function allAreasCopy(seed: OewsSeed, k: number): string {
	const lines = seed.lines.filter((l) => l.startsWith(CROSS));
	const kind = k % 3;
	let prefix: string;
	let industry = CROSS;
	if (kind === 0) {
		// National by industry: the industry varies, the area stays the U.S. (a fresh ownership code per round keeps keys apart).
		const [naics, title, group] = INDUSTRIES[(k / 3) % INDUSTRIES.length | 0].split(',');
		industry = `${naics},${title},${group},${1000 + Math.floor(k / 3 / INDUSTRIES.length)},`;
		prefix = '99,U.S.,1,US,';
	} else if (kind === 1) {
		const [fips, name] = STATE_AREAS[Math.floor(k / 3) % STATE_AREAS.length].split(',');
		const round = Math.floor(k / 3 / STATE_AREAS.length);
		industry = round === 0 ? CROSS : `000000,Cross-industry,cross-industry,${1235 + round},`;
		prefix = `${fips},${name},2,${STATES[k % STATES.length]},`;
	} else {
		const state = STATES[k % STATES.length];
		prefix = `${10000 + k},"Metro area ${String(k).padStart(5, '0')}, ${state}",4,${state},`;
	}
	return lines.map((l) => prefix + industry + l.slice(CROSS.length)).join('\n') + '\n';
}

/** Writes an all-areas-shaped file of at least `bytes` bytes (national by industry, state and metro rows). */
export async function writeAllAreasFile(path: string, bytes: number): Promise<WrittenFile> {
	const seed = readSeed();
	let k = 0;
	let rows = 0;
	return writeCopies(path, seed, (written) => {
		if (written >= bytes) return null;
		const copy = allAreasCopy(seed, k++);
		rows += copy.split('\n').length - 1;
		return copy;
	}).then((w) => ({ ...w, rows }));
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
	let k = 0;
	const file = await writeCopies(path, seed, () => (k < copies ? copyFor(seed, k++) : null));
	return { ...file, rows: copies * seed.lines.length };
}

/** Streams the header, then each copy `next` gives (null ends the file). */
async function writeCopies(path: string, seed: OewsSeed, next: (written: number) => string | null): Promise<WrittenFile> {
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
	for (let copy = next(bytes); copy !== null; copy = next(bytes)) await write(copy);
	await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
	return { path, bytes, rows: 0, seed: seed.path };
}
