import { describe, expect, it } from 'vitest';
import { textDecoding } from '../../../src/lib/data/textDecoding';

/** Decodes bytes handed over in pieces of `size`. */
function decodeIn(bytes: Uint8Array, size: number) {
	const d = textDecoding();
	let text = '';
	for (let i = 0; i < bytes.length; i += size) text += d.decode(bytes.subarray(i, i + size));
	text += d.end();
	return { text, encoding: d.encoding, invalidAt: d.invalidAt, mixed: d.mixed };
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => ({ '–': 0x96, é: 0xe9, '’': 0x92 })[c] ?? c.charCodeAt(0)));
const utf16le = (s: string) => Uint8Array.from([0xff, 0xfe, ...[...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
const utf16be = (s: string) => Uint8Array.from([0xfe, 0xff, ...[...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);

const TEXT = 'OCC_TITLE,A_MEDIAN\nNurse – Anesthésiste,1\n';

describe('textDecoding', () => {
	it.each<[string, Uint8Array, string, string, number, boolean]>([
		['UTF-8', utf8(TEXT), TEXT, 'utf-8', -1, false],
		['UTF-8 with a BOM (dropped)', utf8('\uFEFF' + TEXT), TEXT, 'utf-8', -1, false],
		['Windows-1252', cp1252(TEXT), TEXT, 'windows-1252', TEXT.indexOf('–'), false],
		['UTF-8 first, Windows-1252 later (mixed)', Uint8Array.from([...utf8('é,1\n'), ...cp1252('–\n')]), 'é,1\n–\n', 'windows-1252', 5, true],
		['UTF-16LE with a BOM', utf16le(TEXT), TEXT, 'utf-16le', -1, false],
		['UTF-16BE with a BOM', utf16be(TEXT), TEXT, 'utf-16be', -1, false],
		['a UTF-8 character cut off at the end', Uint8Array.from([...utf8('a,b\n'), 0xc3]), 'a,b\n\u00c3', 'windows-1252', 4, false],
		['empty', new Uint8Array(0), '', 'utf-8', -1, false]
	])('%s', (_name, bytes, text, encoding, invalidAt, mixed) => {
		for (const size of [1, 2, 3, 5, 1 << 20]) expect(decodeIn(bytes, size), `pieces of ${size}`).toEqual({ text, encoding, invalidAt, mixed });
	});
});
