/** Decodes a file's bytes piece by piece: UTF-16 by its BOM, else UTF-8, falling back to Windows-1252 at the first invalid byte. */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface TextDecoding {
	/** The text of the next bytes (a character cut between pieces waits for the next piece). */
	decode(bytes: Uint8Array): string;
	/** The text of the bytes still held. */
	end(): string;
	readonly encoding: TextEncodingName;
	/** Where UTF-8 stopped being valid (byte offset), or -1. */
	readonly invalidAt: number;
	/** True when characters other than ASCII had already been read as UTF-8 before that point. */
	readonly mixed: boolean;
}

/** Where the last, incomplete UTF-8 sequence of `bytes` starts (bytes.length when it ends on a whole character). */
function wholeCharacters(bytes: Uint8Array): number {
	const n = bytes.length;
	for (let back = 1; back <= 3 && back <= n; back++) {
		const b = bytes[n - back];
		if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
		const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
		return need > back ? n - back : n;
	}
	return n;
}

/** The offset of the first byte that breaks UTF-8's lead and continuation pattern (bytes.length when none does). */
function firstInvalid(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i];
		const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
		if (need < 0) return i;
		for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
		i += need + 1;
	}
	return bytes.length;
}

const hasNonAscii = (text: string) => /[^\u0000-\u007f]/.test(text);

/** A decoder for one file. */
export function textDecoding(): TextDecoding {
	let encoding: TextEncodingName = 'utf-8';
	let decided = false;
	let held: Uint8Array = new Uint8Array(0);
	let offset = 0;
	let invalidAt = -1;
	let mixed = false;
	let sawNonAscii = false;
	let stream: TextDecoder | null = null;
	const utf8 = new TextDecoder('utf-8', { fatal: true });
	let first = true;

	const join = (a: Uint8Array, b: Uint8Array) => {
		if (a.length === 0) return b;
		const out = new Uint8Array(a.length + b.length);
		out.set(a);
		out.set(b, a.length);
		return out;
	};

	function decodeUtf8(bytes: Uint8Array): string {
		try {
			// ignoreBOM is off, so a UTF-8 BOM at the start of the file is dropped.
			const text = utf8.decode(bytes);
			if (!sawNonAscii && hasNonAscii(first ? text.replace(/^\uFEFF/, '') : text)) sawNonAscii = true;
			first = false;
			return text;
		} catch {
			// Invalid UTF-8: the rest of the file (this piece included) is read as Windows-1252, as Excel on Windows saves CSV.
			// What comes before the first invalid byte is UTF-8 still; from there on, Windows-1252.
			const bad = firstInvalid(bytes);
			let head = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
			if (first && head.charCodeAt(0) === 0xfeff) head = head.slice(1);
			invalidAt = offset + bad;
			mixed = sawNonAscii || hasNonAscii(head);
			encoding = 'windows-1252';
			stream = new TextDecoder('windows-1252');
			const tail = stream.decode(bytes.subarray(bad), { stream: true });
			const text = head + (head === '' && first && tail.charCodeAt(0) === 0xfeff ? tail.slice(1) : tail);
			first = false;
			return text;
		}
	}

	function decode(bytes: Uint8Array): string {
		if (!decided) {
			const all = join(held, bytes);
			if (all.length < 2) {
				held = all;
				return '';
			}
			held = new Uint8Array(0);
			decided = true;
			if (all[0] === 0xff && all[1] === 0xfe) encoding = 'utf-16le';
			else if (all[0] === 0xfe && all[1] === 0xff) encoding = 'utf-16be';
			if (encoding !== 'utf-8') stream = new TextDecoder(encoding);
			bytes = all;
		}
		if (stream) {
			offset += bytes.length;
			return stream.decode(bytes, { stream: true });
		}
		const all = join(held, bytes);
		const cut = wholeCharacters(all);
		held = cut === all.length ? new Uint8Array(0) : all.slice(cut);
		const text = decodeUtf8(cut === all.length ? all : all.subarray(0, cut));
		offset += cut;
		return text;
	}

	return {
		decode,
		end() {
			if (!decided) {
				decided = true;
				if (held.length === 0) return '';
			}
			if (stream) return stream.decode();
			const rest = held;
			held = new Uint8Array(0);
			return rest.length === 0 ? '' : decodeUtf8(rest);
		},
		get encoding() {
			return encoding;
		},
		get invalidAt() {
			return invalidAt;
		},
		get mixed() {
			return mixed;
		}
	};
}
