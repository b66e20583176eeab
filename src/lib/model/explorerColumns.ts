import type { Figure, PayBasis, WageStat } from '../data/schema';
import { GROUP_LABELS, type ExplorerRow } from './explorerRows';

/** How a column's values read: a wage in the chosen unit, people, a percent, thousands, a signed change or text. */
export type ColumnKind = 'wage' | 'people' | 'percent' | 'thousands' | 'change' | 'text';

export interface ExplorerColumn {
	id: string;
	/** Header text. */
	label: string;
	kind: ColumnKind;
	/** Where the figure comes from: the OEWS release, Employment Projections, or this project. */
	from: 'oews' | 'ep' | 'project';
	/** Unit as written in exports. */
	unit: (basis: PayBasis) => string;
	/** The figure or text of a row. */
	value: (row: ExplorerRow, basis: PayBasis) => Figure | string;
	/** What the header's tooltip and the sidecar say. */
	note: string;
}

const NO_PROJECTION: Figure = { missing: 'notInRelease' };
const wageUnit = (basis: PayBasis) => (basis === 'hourly' ? 'usd_per_hour' : 'usd_per_year');

const wage = (id: WageStat, label: string, note: string): ExplorerColumn => ({
	id,
	label,
	kind: 'wage',
	from: 'oews',
	unit: wageUnit,
	value: (r, basis) => r.wage[basis][id],
	note
});

const ep = (id: string, label: string, kind: ColumnKind, unit: string, get: (p: NonNullable<ExplorerRow['projection']>) => Figure | string, note: string): ExplorerColumn => ({
	id,
	label,
	kind,
	from: 'ep',
	unit: () => unit,
	value: (r) => (r.projection ? get(r.projection) : kind === 'text' ? '' : NO_PROJECTION),
	note
});

/** Every column the explorer can show, in the order they are offered. */
export const EXPLORER_COLUMNS: readonly ExplorerColumn[] = [
	{ id: 'employment', label: 'Employment', kind: 'people', from: 'oews', unit: () => 'people', value: (r) => r.wage.employment, note: 'OEWS employment, self-employed excluded, rounded to 10.' },
	{ id: 'employment_rse', label: 'Employment RSE', kind: 'percent', from: 'oews', unit: () => 'percent', value: (r) => r.wage.employmentRse, note: 'Relative standard error of employment (EMP_PRSE), percent.' },
	wage('mean', 'Mean', 'Mean wage.'),
	{ id: 'mean_rse', label: 'Mean RSE', kind: 'percent', from: 'oews', unit: () => 'percent', value: (r) => r.wage.meanRse, note: 'Relative standard error of the mean wage (MEAN_PRSE), percent.' },
	wage('p10', '10th pct', '10th percentile wage; BLS publishes no standard error for percentiles.'),
	wage('p25', '25th pct', '25th percentile wage; no standard error published.'),
	wage('median', 'Median', 'Median wage; no standard error published.'),
	wage('p75', '75th pct', '75th percentile wage; no standard error published.'),
	wage('p90', '90th pct', '90th percentile wage; no standard error published.'),
	ep('change', 'Change 2024–34', 'thousands', 'thousands', (p) => p.change, 'Employment change 2024–34, thousands of jobs, self-employed included.'),
	ep('percent_change', 'Growth 2024–34', 'change', 'percent', (p) => p.percentChange, 'Percent employment change 2024–34.'),
	ep('openings', 'Openings a year', 'thousands', 'thousands', (p) => p.openingsPerYear, 'Annual average openings 2024–34, thousands.'),
	ep('education', 'Typical entry education', 'text', 'text', (p) => p.education, 'Typical entry-level education (Employment Projections).'),
	ep('experience', 'Work experience', 'text', 'text', (p) => p.experience, 'Work experience in a related occupation (Employment Projections).'),
	ep('training', 'On-the-job training', 'text', 'text', (p) => p.training, 'Typical on-the-job training (Employment Projections).'),
	{ id: 'group', label: 'Group', kind: 'text', from: 'project', unit: () => 'text', value: (r) => GROUP_LABELS[r.group], note: "This dashboard's grouping, not a BLS figure." }
];

export const COLUMN_BY_ID: ReadonlyMap<string, ExplorerColumn> = new Map(EXPLORER_COLUMNS.map((c) => [c.id, c]));

/** Columns shown when the URL names none. */
export const DEFAULT_COLUMNS = ['employment', 'median', 'p10', 'p90', 'mean_rse', 'percent_change', 'openings', 'education', 'group'];

/** Columns that hold numbers (and so can have a min/max filter). */
export const isNumeric = (c: ExplorerColumn) => c.kind !== 'text';
