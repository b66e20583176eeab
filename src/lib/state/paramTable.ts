/**
 * A table-driven URL parser: each search parameter is one row (key, default, how to read it, how to write it).
 * `parseParams` reads every row (an invalid value gives the default and a notice); `paramsToSearch` writes
 * every value that differs from its default, in the table's order. A row whose valid values depend on another
 * row (the reference career on the careers shown) comes from a function of that value, read in a second pass.
 * `searchString` is the one way search params become the text of a link.
 */
export interface Param<T> {
	key: string;
	default: T;
	/**
	 * The value (with a notice when only part of the text could be used, such as a list naming an unknown id),
	 * or a sentence saying why the text is not one.
	 */
	read(raw: string): { value: T; notice?: string } | { invalid: string };
	/** Method syntax on purpose: a table of different value types stays assignable to ParamTable. */
	write(value: T): string;
}

export type ParamTable = Record<string, Param<unknown>>;
export type ParamValues<P extends ParamTable> = { [K in keyof P]: P[K] extends Param<infer T> ? T : never };

export function parseParams<P extends ParamTable>(params: URLSearchParams, table: P): { values: ParamValues<P>; invalid: string[] } {
	const invalid: string[] = [];
	const values = {} as Record<string, unknown>;
	for (const [name, p] of Object.entries(table)) {
		const raw = params.get(p.key);
		values[name] = p.default;
		if (raw === null) continue;
		const read = p.read(raw);
		if ('invalid' in read) invalid.push(read.invalid);
		else {
			values[name] = read.value;
			if (read.notice) invalid.push(read.notice);
		}
	}
	return { values: values as ParamValues<P>, invalid };
}

/** The values that differ from their defaults as search parameters, in the table's order. */
export function writeParams<P extends ParamTable>(values: ParamValues<P>, table: P): URLSearchParams {
	const params = new URLSearchParams();
	for (const [name, p] of Object.entries(table)) {
		const text = p.write(values[name as keyof P]);
		if (text !== p.write(p.default)) params.set(p.key, text);
	}
	return params;
}

export const paramsToSearch = <P extends ParamTable>(values: ParamValues<P>, table: P): string => searchString(writeParams(values, table));

/** Search parameters as the text after a path: "?careers=29-2072,29-2033&pay=hourly" (commas left readable), "" for none. */
export function searchString(params: URLSearchParams): string {
	const text = params.toString().replaceAll('%2C', ',');
	return text ? `?${text}` : '';
}

/**
 * `current` with the parameters a control owns (the keys of its table, or the keys `owns` accepts) replaced by
 * `written`, which go last; every other parameter stays as it was, in its place.
 */
export function replaceParams(current: URLSearchParams, written: URLSearchParams, owns: ParamTable | ((key: string) => boolean)): URLSearchParams {
	const keys = typeof owns === 'function' ? null : new Set(Object.values(owns).map((p) => p.key));
	const owned = (key: string) => (keys ? keys.has(key) : (owns as (key: string) => boolean)(key));
	return new URLSearchParams([...[...current].filter(([key]) => !owned(key)), ...written]);
}

/** How a notice names a value that is not among the options: a noun ("Size" → `Size "xl" is not one of: s, m, l`) or a sentence. */
export type Notice = string | ((raw: string, options: readonly string[]) => string);

/** "a", "a or b", "a, b or c". */
const orList = (words: readonly string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`);

/** A notice such as `Pay "weekly" must be annual or hourly`. */
export const mustBe =
	(what: string): Notice =>
	(raw, options) =>
		`${what} "${raw}" must be ${orList(options)}`;

/** A notice such as `Release "1999" is not in the data (available: 2023, 2024)`, for options that come from the data. */
export const notInData =
	(what: string): Notice =>
	(raw, options) =>
		`${what} "${raw}" is not in the data (available: ${options.join(', ')})`;

export interface OneOfReading {
	/** How the text is tidied before it is looked up and kept (" ca " → "CA"); the notice quotes it as written. */
	tidy?: (raw: string) => string;
	/** Empty text is no choice: the default, without a notice. */
	blankIsDefault?: boolean;
}

/** One of a set of words: fixed ones, or ones in the data (careers, releases, states). */
export function oneOf<T extends string>(key: string, options: readonly T[] | ReadonlySet<T>, fallback: T, notice: Notice, how: OneOfReading = {}): Param<T> {
	const known = (word: string) => (options instanceof Set ? options.has(word) : (options as readonly string[]).includes(word));
	const say = typeof notice === 'function' ? notice : (raw: string, words: readonly string[]) => `${notice} "${raw}" is not one of: ${words.join(', ')}`;
	return {
		key,
		default: fallback,
		read: (raw) => {
			if (how.blankIsDefault && raw === '') return { value: fallback };
			const word = how.tidy ? how.tidy(raw) : raw;
			return known(word) ? { value: word as T } : { invalid: say(raw, options instanceof Set ? [...options] : (options as readonly T[])) };
		},
		write: (v) => v
	};
}

/** Free text (trimmed); any text is valid. */
export const text = (key: string, fallback = ''): Param<string> => ({ key, default: fallback, read: (raw) => ({ value: raw.trim() }), write: (v) => v });

/** "1" for true; absent for false. */
export const flag = (key: string, what: string): Param<boolean> => ({
	key,
	default: false,
	read: (raw) => (raw === '1' || raw === 'true' ? { value: true } : raw === '0' || raw === 'false' ? { value: false } : { invalid: `${what} "${raw}" must be 1 or 0` }),
	write: (v) => (v ? '1' : '')
});

/** A number (no thousands separators needed: "80,000" and "$80000" read as 80000), or absent. */
export const optionalNumber = (key: string, what: string): Param<number | null> => ({
	key,
	default: null,
	read: (raw) => {
		const cleaned = raw.trim().replace(/^\$/, '').replaceAll(',', '');
		if (cleaned === '') return { value: null };
		const n = Number(cleaned);
		return Number.isFinite(n) ? { value: n } : { invalid: `${what} "${raw}" is not a number` };
	},
	write: (v) => (v === null ? '' : String(v))
});

/** The ids of a comma-separated list (trimmed, empty ones left out): the known ones once each, in order, and the unknown ones. */
function idsIn<T extends string>(raw: string, known: (id: string) => boolean): { kept: T[]; unknown: string[] } {
	const ids = raw.split(',').map((s) => s.trim()).filter(Boolean);
	return { kept: [...new Set(ids.filter(known))] as T[], unknown: ids.filter((id) => !known(id)) };
}
const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');

/** A comma-separated list of known ids, duplicates dropped; a list naming an unknown id gives the default and a notice. */
export function listOf(key: string, known: readonly string[], fallback: string[], what: string): Param<string[]> {
	return {
		key,
		default: fallback,
		read: (raw) => {
			const { kept, unknown } = idsIn(raw, (id) => known.includes(id));
			if (kept.length === 0) return { invalid: `No known ${what} in "${raw}" (known: ${known.join(', ')})` };
			if (unknown.length > 0) return { invalid: `Unknown ${what} ${quoted(unknown)}` };
			return { value: kept };
		},
		write: (v) => v.join(',')
	};
}

/**
 * A comma-separated list that keeps its known ids (duplicates dropped) and names the unknown ones in a notice
 * (`Unknown career codes "a", "b"`, then `note` in brackets); a list with no known id gives the default, an
 * empty one without a notice.
 */
export function someOf<T extends string>(key: string, known: readonly T[] | ReadonlySet<T>, fallback: T[], what: string, note = ''): Param<T[]> {
	const has: ReadonlySet<string> = known instanceof Set ? known : new Set(known);
	return {
		key,
		default: fallback,
		read: (raw) => {
			const { kept, unknown } = idsIn<T>(raw, (id) => has.has(id));
			const notice = unknown.length > 0 ? `Unknown ${what}${unknown.length > 1 ? 's' : ''} ${quoted(unknown)}${note ? ` (${note})` : ''}` : '';
			if (kept.length === 0) return notice ? { invalid: notice } : { value: fallback };
			return notice ? { value: kept, notice } : { value: kept };
		},
		write: (v) => v.join(',')
	};
}

/** A whole number within [min, max]; any other text gives the default and `notice(raw)`. */
export const wholeNumber = (key: string, fallback: number, min: number, max: number, notice: (raw: string) => string): Param<number> => ({
	key,
	default: fallback,
	read: (raw) => {
		const n = Number(raw);
		return Number.isInteger(n) && n >= min && n <= max ? { value: n } : { invalid: notice(raw) };
	},
	write: (v) => String(v)
});

/** A number within [min, max] ("$12,000" reads as 12000), or absent (empty text is absent too). */
export const boundedNumber = (key: string, what: string, min: number, max: number): Param<number | null> => {
	const any = optionalNumber(key, what);
	return {
		...any,
		read: (raw) => {
			const read = any.read(raw);
			if ('invalid' in read || read.value === null) return read;
			return read.value >= min && read.value <= max ? read : { invalid: `${what} "${raw}" must be between ${min} and ${max}` };
		}
	};
};

/** Two search strings ("?a=1", "?b=2", either may be "") as one ("?a=1&b=2"). */
export function joinSearch(...searches: string[]): string {
	const parts = searches.map((s) => s.replace(/^\?/, '')).filter(Boolean);
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}
