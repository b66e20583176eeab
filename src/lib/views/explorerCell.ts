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
