/** Numbers as spreadsheets in other locales write them: currency symbols, decimal commas, dots or spaces between thousands. */
import { parseFigure } from './parseCell';
import type { Figure, Problem } from './schema';

export interface NumberStyle {
	currency: boolean;
	decimalComma: boolean;
	/** A cell of the file written in this style, for the message. */
	example: string;
}

const CURRENCY = /^[+-]?\s*[$€£]|[$€£]$/;
const SPACES = /[\s\u00a0\u202f]/g;
const US_GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const EU_GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d{1,2})?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d{1,2}$/;
const PLAIN = /^[+-]?\d+(\.\d+)?$/;

const bare = (raw: string) => raw.trim().replace(/^([+-]?)\s*[$€£]\s*/, '$1').replace(/\s*[$€£]$/, '').replace(SPACES, '');

/** The style a row's figure cells are written in, or null when they are plain numbers and BLS markers. */
export function detectNumberStyle(cells: readonly string[]): NumberStyle | null {
	let currency = '';
	let comma = '';
	for (const raw of cells) {
		if (parseFigure(raw) !== null && !CURRENCY.test(raw.trim())) continue;
		const cell = bare(raw);
		if (CURRENCY.test(raw.trim()) && (PLAIN.test(cell) || US_GROUPED.test(cell) || EU_GROUPED.test(cell) || DECIMAL_COMMA.test(cell))) currency ||= raw.trim();
		if (DECIMAL_COMMA.test(cell) || (EU_GROUPED.test(cell) && cell.includes(','))) comma ||= raw.trim();
	}
	if (!currency && !comma) return null;
	return { currency: currency !== '', decimalComma: comma !== '', example: [comma, currency].filter(Boolean).join(', ') };
}

/**
 * Reads a figure written with currency symbols and decimal commas: "$48,780" → 48780, "24,56" → 24.56,
 * "1.234,56" → 1234.56, "€ 48 780" → 48780. A comma before exactly three digits separates thousands,
 * before one or two it is the decimal mark (OEWS hourly wages have two decimals, annual wages none).
 */
export function parseStyledFigure(raw: string): Figure | null {
	const plain = parseFigure(raw);
	if (plain !== null) return plain;
	const cell = bare(raw);
	if (US_GROUPED.test(cell)) return Number(cell.replaceAll(',', ''));
	if (EU_GROUPED.test(cell)) return Number(cell.replaceAll('.', '').replace(',', '.'));
	if (DECIMAL_COMMA.test(cell)) return Number(cell.replace(',', '.'));
	if (PLAIN.test(cell)) return Number(cell);
	return null;
}

/** The one file-level message saying how the numbers were read. */
export function numberStyleNotice(file: string, style: NumberStyle): Problem {
	const kinds = [style.decimalComma ? 'decimal commas (24,56)' : '', style.currency ? 'currency symbols ($48,780)' : ''].filter(Boolean).join(' and ');
	return {
		kind: 'numberFormat',
		file,
		line: 0,
		column: '',
		value: style.example,
		reason: `The numbers in this file are written with ${kinds}, as a spreadsheet in another locale saves them. They were read as plain numbers: the symbol is dropped, a comma before one or two digits is the decimal mark (24,56 → 24.56) and before three digits separates thousands ($48,780 → 48780). Check a few figures against the published table.`
	};
}
