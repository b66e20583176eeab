import type { Problem } from './schema';

export interface ColumnIndex<K extends string> {
	/** Position of each column found; absent optional columns are missing from the map. */
	at: Partial<Record<K, number>>;
	problems: Problem[];
}

const normalise = (name: string) => name.trim().toUpperCase().replace(/\s+/g, ' ');

/**
 * Locates named columns in a header row. Each wanted column may have several accepted spellings
 * (older releases renamed some). Missing required and duplicate columns become problems.
 */
export function indexColumns<K extends string>(
	header: string[],
	wanted: Record<K, readonly string[]>,
	required: readonly K[],
	file: string,
	line: number
): ColumnIndex<K> {
	const names = header.map(normalise);
	const at: Partial<Record<K, number>> = {};
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	names.forEach((name, i) => {
		if (name !== '' && seen.has(name))
			problems.push({
				kind: 'duplicateColumn',
				file,
				line,
				column: header[i].trim(),
				value: `columns ${seen.get(name)! + 1} and ${i + 1}`,
				reason: `The column "${header[i].trim()}" appears twice, so it is not clear which one holds the data. Rename or remove one.`
			});
		else seen.set(name, i);
	});
	for (const key of Object.keys(wanted) as K[]) {
		const index = wanted[key].map((s) => seen.get(normalise(s))).find((i) => i !== undefined);
		if (index !== undefined) at[key] = index;
		else if (required.includes(key))
			problems.push({
				kind: 'missingColumn',
				file,
				line,
				column: wanted[key][0],
				value: '',
				reason: `The required column "${wanted[key][0]}" is missing. Columns found: ${header.map((h) => h.trim()).join(', ')}.`
			});
	}
	return { at, problems };
}
