import { hashCells } from '../data/hashCells';

/** The OEWS release year a BLS file name carries ("national_M2022_dl.xlsx", "oesm22nat.zip"), or "". */
export function releaseYearOfName(fileName: string): string {
	const m = fileName.match(/(?:^|[_\-\s.])M(20\d{2})(?=[_\-\s.]|$)/i) ?? fileName.match(/oesm(\d{2})/i);
	if (!m) return '';
	return m[1].length === 2 ? `20${m[1]}` : m[1];
}

/** How an import is labelled as a release: the user's label, else "May 2022 — your file" from the name. */
export function importLabel(fileName: string, custom = ''): string {
	if (custom.trim()) return custom.trim();
	const year = releaseYearOfName(fileName);
	return year ? `May ${year} — your file` : `${fileName} — your file`;
}

/** A stable id for a file (name, size, date): importing the same file again replaces it. */
export const importIdOf = (file: { name: string; size: number; lastModified: number }) =>
	`import-${hashCells([file.name, String(file.size), String(file.lastModified)]).toString(36)}`;
