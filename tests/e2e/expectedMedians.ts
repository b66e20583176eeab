/**
 * The median every page should show for each career, read straight from the shipped CSVs in data/ with a
 * small CSV reader of its own and formatted with Intl: nothing of the app (importer, model, formatter) is
 * used, so a bug there cannot hide here.
 */
import { readFileSync, readdirSync } from 'node:fs';

const dataDir = new URL('../../data/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dataDir), 'utf8');

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): Record<string, string>[] {
	const records: string[][] = [];
	let field = '';
	let row: string[] = [];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') row.push(field), (field = '');
		else if (ch === '\n') row.push(field), records.push(row), (row = []), (field = '');
		else if (ch !== '\r') field += ch;
	}
	if (field !== '' || row.length) row.push(field), records.push(row);
	const [header, ...body] = records;
	return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

const latestFile = readdirSync(dataDir).filter((f) => /^oews-national-\d{4}\.csv$/.test(f)).sort().at(-1)!;
/** "May 2025" */
export const latestRelease = `May ${latestFile.match(/\d{4}/)![0]}`;

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** What a page must say where BLS gives no number, by the file's `status` (data/README.md). */
const REASONS: Record<string, RegExp> = {
	topCoded: /≥ \$[\d,]+/,
	notAvailable: /not published/,
	fewEstablishments: /too few establishments/,
	notReleased: /not released/
};
/** A code the latest release does not list at all. */
const NOT_IN_RELEASE = new RegExp(`not in (this release|OEWS ${latestRelease})`, 'i');

export interface Expected {
	soc: string;
	title: string;
	/** "$62,930" when published, else null. */
	text: string | null;
	/** What the page must say instead when there is no number. */
	reason: RegExp | null;
}

const medians = new Map<string, { value: string; status: string }>();
for (const r of parseCsv(read(latestFile)))
	if (r.statistic === 'median' && r.unit === 'usd_per_year') {
		const seen = medians.get(r.soc);
		// A code listed at two levels (broad and detailed) must carry one figure; a disagreement fails loudly.
		if (seen && (seen.value !== r.value || seen.status !== r.status)) throw new Error(`${r.soc} has two different medians in ${latestFile}`);
		medians.set(r.soc, { value: r.value, status: r.status });
	}

/** Every career of careers.csv with the latest national annual median it must show, or why there is none. */
export const expectedMedians: Expected[] = parseCsv(read('careers.csv')).map((c) => {
	const m = medians.get(c.soc);
	if (!m) return { soc: c.soc, title: c.title, text: null, reason: NOT_IN_RELEASE };
	if (m.status) return { soc: c.soc, title: c.title, text: null, reason: REASONS[m.status] ?? /^$/ };
	return { soc: c.soc, title: c.title, text: usd.format(Number(m.value)), reason: null };
});

/** True when `shown` is the expected figure (as its own number, not a prefix of another) or states the reason. */
export function shows(e: Expected, shown: string): boolean {
	const text = shown.replace(/\s+/g, ' ').trim();
	if (e.text) return new RegExp(`(^|[^\\d,$])${e.text.replace(/[$]/g, '\\$')}(?![\\d,]*\\d)`).test(text);
	return e.reason!.test(text);
}
