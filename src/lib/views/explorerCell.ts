import type { Figure, PayBasis } from '../data/schema';
import { formatChange, formatCount, formatPercent, formatThousands, formatWage, MISSING_LABELS } from '../format';
import type { ExplorerColumn } from '../model/explorerColumns';

/** A table cell as the explorer shows it, in the column's unit; a projections column without a projection says so. */
export function explorerCell(column: ExplorerColumn, v: Figure | string, basis: PayBasis, topCode: Figure): string {
	if (typeof v === 'string') return v === '' ? (column.from === 'ep' ? 'not projected' : '') : v === 'notAvailable' ? MISSING_LABELS.notAvailable : v;
	if (typeof v !== 'number' && v.missing === 'notInRelease' && column.from === 'ep') return 'not projected';
	switch (column.kind) {
		case 'wage':
			return formatWage(v, basis, topCode);
		case 'people':
			return formatCount(v);
		case 'percent':
			return formatPercent(v);
		case 'thousands':
			return formatThousands(v);
		case 'change':
			return formatChange(v);
		default:
			return String(v);
	}
}

/** The 95% interval BLS's relative standard error gives (±1.96 × RSE × value), or null without both numbers. */
export function rseInterval(value: Figure, rse: Figure): { low: number; high: number } | null {
	if (typeof value !== 'number' || typeof rse !== 'number') return null;
	const half = 1.96 * (rse / 100) * value;
	return { low: value - half, high: value + half };
}
