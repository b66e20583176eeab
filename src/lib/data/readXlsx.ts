/**
 * Reads the first worksheet of an .xlsx workbook as UTF-8 CSV bytes, streaming, with no dependency:
 * the zip directory is read from the File, entries are inflated with the platform's
 * DecompressionStream('deflate-raw'), and the sheet XML is cut into rows as it arrives. Line N of the
 * CSV is row N of the sheet, so problems point at the row a person sees in Excel.
 */

/** True when the name or the first bytes (PK\3\4) say the file is a zip workbook. */
export const isXlsx = (name: string, head: Uint8Array) =>
	/\.xlsx$/i.test(name) || (head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4 && /\.xls[xm]?$/i.test(name));

interface Entry {
	name: string;
	method: number;
	size: number;
	offset: number;
}

const u16 = (b: DataView, at: number) => b.getUint16(at, true);
const u32 = (b: DataView, at: number) => b.getUint32(at, true);

async function entriesOf(file: Blob): Promise<Map<string, Entry>> {
	const tailStart = Math.max(0, file.size - 65_558);
	const tail = new DataView(await file.slice(tailStart).arrayBuffer());
	let eocd = -1;
	for (let i = tail.byteLength - 22; i >= 0; i--) if (u32(tail, i) === 0x06054b50) (eocd = i), (i = -1);
	if (eocd < 0) throw new Error('This .xlsx file is damaged (no zip directory). Open it in Excel or LibreOffice and save it again, or save it as CSV UTF-8.');
	const count = u16(tail, eocd + 10);
	const dirSize = u32(tail, eocd + 12);
	const dirOffset = u32(tail, eocd + 16);
	const dir = new DataView(await file.slice(dirOffset, dirOffset + dirSize).arrayBuffer());
	const names = new TextDecoder();
	const entries = new Map<string, Entry>();
	for (let i = 0, at = 0; i < count; i++) {
		const nameLength = u16(dir, at + 28);
		const name = names.decode(new Uint8Array(dir.buffer, dir.byteOffset + at + 46, nameLength));
		entries.set(name, { name, method: u16(dir, at + 10), size: u32(dir, at + 20), offset: u32(dir, at + 42) });
		at += 46 + nameLength + u16(dir, at + 30) + u16(dir, at + 32);
	}
	return entries;
}

async function streamOf(file: Blob, entry: Entry): Promise<ReadableStream<Uint8Array>> {
	const local = new DataView(await file.slice(entry.offset, entry.offset + 30).arrayBuffer());
	const start = entry.offset + 30 + u16(local, 26) + u16(local, 28);
	const raw = file.slice(start, start + entry.size).stream();
	if (entry.method === 0) return raw;
	if (entry.method !== 8) throw new Error(`This .xlsx file uses a compression this page cannot read (method ${entry.method}). Save it as CSV UTF-8 and import that.`);
	return raw.pipeThrough(new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
}

const textOf = async (file: Blob, entry: Entry | undefined) => (entry ? new Response(await streamOf(file, entry)).text() : '');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
	s.indexOf('&') < 0
		? s
		: s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
				e[0] !== '#' ? (ENTITIES[e] ?? m) : String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
			);

/** The text of every <t> in an element, phonetic runs (<rPh>) left out. */
const textIn = (xml: string) => unescapeXml(xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').replace(/<t\b[^>]*\/>/g, '').match(/<t\b[^>]*>[\s\S]*?<\/t>/g)?.map((t) => t.replace(/^<t\b[^>]*>|<\/t>$/g, '')).join('') ?? '');

/** The path of the workbook's first sheet, in the order Excel shows them. */
async function firstSheet(file: Blob, entries: Map<string, Entry>): Promise<Entry | undefined> {
	const workbook = await textOf(file, entries.get('xl/workbook.xml'));
	const rels = await textOf(file, entries.get('xl/_rels/workbook.xml.rels'));
	const id = workbook.match(/<sheet\b[^>]*?\br:id="([^"]+)"/)?.[1];
	const target = id && rels.match(new RegExp(`<Relationship\\b[^>]*?Id="${id}"[^>]*?Target="([^"]+)"`))?.[1];
	const path = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : 'xl/worksheets/sheet1.xml';
	return entries.get(path);
}

const columnIndex = (ref: string) => {
	let n = 0;
	for (let i = 0; i < ref.length; i++) {
		const c = ref.charCodeAt(i);
		if (c < 65 || c > 90) break;
		n = n * 26 + (c - 64);
	}
	return n - 1;
};

const csvCell = (v: string) => (/[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replaceAll('"', '""')}"` : v);
// Excel shows 15 significant digits; stored doubles such as 32.659999999999997 are read as Excel shows them.
const numberText = (v: string) => (v === '' || Number.isNaN(Number(v)) ? v : String(Number(Number(v).toPrecision(15))));

/** One sheet row as a CSV line, padded to `width` cells: Excel leaves out trailing empty cells (May 2019's blank ANNUAL, HOURLY). */
function rowToCsv(xml: string, strings: string[], width: number): string[] {
	const cells: string[] = [];
	for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
		const attrs = m[1];
		const ref = attrs.match(/\br="([A-Z]+)\d*"/)?.[1];
		const col = ref ? columnIndex(ref) : cells.length;
		const type = attrs.match(/\bt="(\w+)"/)?.[1] ?? 'n';
		const body = m[2] ?? '';
		const v = unescapeXml(body.match(/<v>([\s\S]*?)<\/v>/)?.[1] ?? '');
		const value = type === 's' ? (strings[Number(v)] ?? '') : type === 'inlineStr' ? textIn(body) : type === 'n' ? numberText(v) : type === 'b' ? (v === '1' ? 'TRUE' : 'FALSE') : v;
		while (cells.length < col) cells.push('');
		cells[col] = csvCell(value);
	}
	while (cells.length < width) cells.push('');
	return cells;
}

/** Yields the first sheet of an .xlsx File as UTF-8 CSV, a piece per batch of rows. */
export async function* readXlsxRows(file: Blob): AsyncIterable<Uint8Array> {
	const entries = await entriesOf(file);
	const sheet = await firstSheet(file, entries);
	if (!sheet) throw new Error('This .xlsx file has no worksheet this page can find. Save it as CSV UTF-8 and import that.');
	const sst = await textOf(file, entries.get('xl/sharedStrings.xml'));
	const strings = Array.from(sst.matchAll(/<si>([\s\S]*?)<\/si>/g), (m) => textIn(m[1]));
	const decoder = new TextDecoder();
	const encoder = new TextEncoder();
	let rest = '';
	let line = 1;
	// The header row's width; later rows are padded to it.
	let width = 0;
	const reader = (await streamOf(file, sheet)).getReader();
	for (;;) {
		const { done, value } = await reader.read();
		rest += done ? decoder.decode() : decoder.decode(value, { stream: true });
		const last = rest.lastIndexOf('</row>');
		if (last >= 0) {
			let out = '';
			for (const m of rest.slice(0, last + 6).matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
				const r = Number(m[1].match(/\br="(\d+)"/)?.[1] ?? line);
				// Blank lines keep line numbers equal to sheet row numbers.
				while (line < r) (out += '\n'), line++;
				const cells = rowToCsv(m[2] ?? '', strings, width);
				if (width === 0) width = cells.length;
				out += cells.join(',') + '\n';
				line++;
			}
			rest = rest.slice(last + 6);
			if (out) yield encoder.encode(out);
		}
		if (done) return;
	}
}
