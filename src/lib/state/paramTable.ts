/**
 * A table-driven URL parser: each search parameter is one row (key, default, how to read it, how to write it).
 * `parseParams` reads every row (an invalid value gives the default and a notice); `paramsToSearch` writes
 * every value that differs from its default, in the table's order.
 */
export interface Param<T> {
	key: string;
	default: T;
	/** The value, or a sentence saying why the text is not one. */
	read(raw: string): { value: T } | { invalid: string };
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
		else values[name] = read.value;
	}
	return { values: values as ParamValues<P>, invalid };
}

export function paramsToSearch<P extends ParamTable>(values: ParamValues<P>, table: P): string {
	const params = new URLSearchParams();
	for (const [name, p] of Object.entries(table)) {
		const text = p.write(values[name as keyof P]);
		if (text !== p.write(p.default)) params.set(p.key, text);
	}
	const text = params.toString().replaceAll('%2C', ',');
	return text ? `?${text}` : '';
}

/** One of a fixed set of words. */
export function oneOf<T extends string>(key: string, options: readonly T[], fallback: T, what: string): Param<T> {
	return {
		key,
		default: fallback,
		read: (raw) => (options.includes(raw as T) ? { value: raw as T } : { invalid: `${what} "${raw}" is not one of: ${options.join(', ')}` }),
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

/** A comma-separated list of known ids, duplicates dropped; a list naming an unknown id gives the default and a notice. */
export function listOf(key: string, known: readonly string[], fallback: string[], what: string): Param<string[]> {
	return {
		key,
		default: fallback,
		read: (raw) => {
			const ids = raw.split(',').map((s) => s.trim()).filter(Boolean);
			const unknown = ids.filter((id) => !known.includes(id));
			const kept = [...new Set(ids.filter((id) => known.includes(id)))];
			if (kept.length === 0) return { invalid: `No known ${what} in "${raw}" (known: ${known.join(', ')})` };
			if (unknown.length > 0) return { invalid: `Unknown ${what} ${unknown.map((u) => `"${u}"`).join(', ')}` };
			return { value: kept };
		},
		write: (v) => v.join(',')
	};
}

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
