/** Every number in a layout is finite and no string says "NaN" (paths included). */
export function findNaN(value: unknown, path = '$'): string[] {
	if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
	if (typeof value === 'string') return value.includes('NaN') || value.includes('Infinity') ? [path] : [];
	if (Array.isArray(value)) return value.flatMap((v, i) => findNaN(v, `${path}[${i}]`));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => findNaN(v, `${path}.${k}`));
	return [];
}
