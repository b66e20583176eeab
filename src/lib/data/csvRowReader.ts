import Papa from 'papaparse';
import { MAX_ROW_CHARS, quoteProblem, replacementNotice, runOnProblem } from './csvRowProblems';
import { detectDelimiter, type Delimiter, type RowHandler } from './detectDelimiter';
import type { Problem } from './schema';

export interface CsvRowReader {
	/** Reads the complete rows of the next piece of text; an unfinished row waits for the next piece. */
	push(text: string): void;
	/**
	 * Reads what is left. `problems` are rows the file's structure lost (malformed or unclosed quotes), each
	 * a rejected row; `notices` name rows kept with a replacement character (U+FFFD) in their text.
	 */
	end(): { problems: Problem[]; notices: Problem[]; delimiter: Delimiter };
}

const badQuoteProblem = (file: string, line: number, value: string): Problem => ({
	kind: 'quote',
	file,
	line,
	column: '',
	value: value.slice(0, 60),
	reason: 'A quote (") inside a quoted field is not doubled, so where this row\'s cells end is unclear; the row is not used. Check the quotes on this line.'
});

/** Papa.parse on a push source shaped like a Node stream (papaparse streams it, one parse per piece). */
const parseStream = Papa.parse as unknown as (
	source: object,
	config: { delimiter: string; newline: string; chunk(results: Papa.ParseResult<string[]>): void; error(error: Error): void }
) => void;

/** How many times `needle` occurs in `text` from `from` to `to`. */
function occurrences(text: string, needle: string, from: number, to: number): number {
	let n = 0;
	for (let i = text.indexOf(needle, from); i >= 0 && i < to; i = text.indexOf(needle, i + needle.length)) n++;
	return n;
}

/** The line break of a header line: CR alone (old Mac), CRLF or LF. */
function lineBreakOf(text: string): '\n' | '\r\n' | '\r' {
	const lf = text.indexOf('\n');
	const cr = text.indexOf('\r');
	if (cr >= 0 && (lf < 0 || cr < lf)) return cr + 1 === lf ? '\r\n' : '\r';
	return '\n';
}

/**
 * The papaparse-based reader, kept as the reference the hand-written `readCsvChunks` is measured against
 * (`npm run bench`) and checked against (the same table of texts in their tests).
 *
 * Reads delimited text pushed piece by piece with papaparse (its streaming `chunk` mode, array rows) and
 * hands each row to `onRow` with its 1-based line number, right across piece boundaries and quoted line breaks.
 * Strips a BOM, takes the delimiter and line break from the header line, skips blank lines (counting them).
 * A malformed or unclosed quote makes a `quote` problem instead of a row.
 */
export function csvRowReader(file: string, onRow: RowHandler): CsvRowReader {
	let head = '';
	let started = false;
	let stopped = false;
	let delimiter: Delimiter = ',';
	let newline: '\n' | '\r\n' | '\r' = '\n';
	// Text pushed but not yet consumed by a complete row, and where it starts in the whole text.
	let pending = '';
	let consumed = 0;
	let line = 1;
	let failure: unknown = null;
	const problems: Problem[] = [];
	const notices: Problem[] = [];
	const listeners: Record<string, ((piece: string) => void) | undefined> = {};

	/** The rows papaparse read from `pending` up to `cursor` (the whole of it when `final`). */
	function take(rows: string[][], errors: Papa.ParseError[], cursor: number, final: boolean) {
		const end = final ? pending.length : cursor - consumed;
		const breaks = occurrences(pending, newline, 0, end);
		// Without quoted line breaks every row is one line (the last, at the end, has no break); otherwise count per row.
		const simple = breaks === (final ? rows.length - 1 : rows.length);
		const bad = errors.length === 0 ? null : new Set(errors.filter((e) => e.type === 'Quotes').map((e) => e.row));
		const stripCr = newline === '\n';
		const damaged = pending.indexOf('\uFFFD') >= 0 && pending.indexOf('\uFFFD') < end;
		for (let r = 0; r < rows.length; r++) {
			const cells = rows[r];
			const at = line;
			if (simple) line++;
			else {
				line += 1;
				for (let c = 0; c < cells.length; c++) if (cells[c].length > 0) line += occurrences(cells[c], newline, 0, cells[c].length);
			}
			if (bad?.has(r)) {
				const missing = errors.some((e) => e.row === r && e.code === 'MissingQuotes');
				problems.push(missing ? quoteProblem(file, at, cells.join(delimiter), false) : badQuoteProblem(file, at, cells.join(delimiter)));
				continue;
			}
			if (stripCr) {
				const last = cells[cells.length - 1];
				if (last.charCodeAt(last.length - 1) === 13) cells[cells.length - 1] = last.slice(0, -1);
			}
			if (cells.length === 1 && cells[0].trim() === '') continue;
			if (damaged) {
				const cell = cells.find((c) => c.includes('\uFFFD'));
				if (cell !== undefined) notices.push(replacementNotice(file, at, cell));
			}
			onRow(cells, at);
		}
		pending = pending.slice(end);
		consumed += end;
	}

	function begin(text: string) {
		delimiter = detectDelimiter(text.slice(0, text.search(/\r|\n|$/)));
		newline = lineBreakOf(text);
		started = true;
		const source = {
			readable: true,
			read() {},
			pause() {},
			resume() {},
			on(event: string, listener: (piece: string) => void) {
				listeners[event] = listener;
			},
			removeListener(event: string) {
				listeners[event] = undefined;
			}
		};
		let finishing = false;
		parseStream(source, {
			delimiter,
			newline,
			chunk(results: Papa.ParseResult<string[]>) {
				try {
					take(results.data as string[][], results.errors, results.meta.cursor, finishing);
				} catch (error) {
					failure ??= error;
				}
			},
			error(error: Error) {
				failure ??= error;
			}
		});
		const end = listeners.end;
		listeners.finish = () => {
			finishing = true;
			end?.('');
		};
	}

	function feed(text: string) {
		if (stopped) return;
		pending += text;
		listeners.data?.(text);
		if (failure) throw failure;
		if (pending.length > MAX_ROW_CHARS) {
			// Give up on a row that never ends: report it where it starts and read no further.
			problems.push(pending.includes('"') ? quoteProblem(file, line, pending, true) : runOnProblem(file, line, pending));
			pending = '';
			stopped = true;
		}
	}

	function push(text: string) {
		if (started) return feed(text);
		head += text;
		if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
		// The header line must be whole to choose the delimiter (a CR at the very end may be half of a CRLF).
		const lf = head.indexOf('\n');
		const cr = head.indexOf('\r');
		if (lf < 0 && (cr < 0 || cr === head.length - 1)) return;
		begin(head);
		const first = head;
		head = '';
		feed(first);
	}

	return {
		push,
		end() {
			if (!started && head !== '') {
				begin(head);
				feed(head);
				head = '';
			}
			if (started && !stopped) {
				listeners.finish?.('');
				if (failure) throw failure;
			}
			return { problems, notices, delimiter };
		}
	};
}
