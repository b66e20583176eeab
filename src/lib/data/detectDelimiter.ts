/** A delimiter the CSV readers accept. */
export type Delimiter = ',' | ';' | '\t';
/** Receives one row's cells with the 1-based line it starts on. */
export type RowHandler = (cells: string[], line: number) => void;

/** Picks the delimiter that splits the header line into the most columns. */
export function detectDelimiter(firstLine: string): Delimiter {
	const count = (d: string) => firstLine.split(d).length - 1;
	const candidates: Delimiter[] = [',', ';', '\t'];
	return candidates.reduce((best, d) => (count(d) > count(best) ? d : best), ',' as Delimiter);
}
