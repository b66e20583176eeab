import type { ImportedMeta } from './importedSchema';
import type { ImportFormat } from './detectFormat';
import type { Problem, ProblemKind, ProjectionRecord, WageRecord } from './schema';
import type { ImportProgress } from './streamImport';

/** What the main thread sends the parse worker. */
export interface WorkerRequest {
	file: File;
	/** The id the imported rows will carry. */
	sourceId: string;
	/** When given, the worker keeps the rows in IndexedDB itself (if any were accepted) instead of posting them. */
	store?: { label: string; importedAt: string };
}

/** Problems as the report needs them: counts by kind, a few examples each, all of them as a CSV file. */
export interface ProblemSummary {
	/** Up to PROBLEM_EXAMPLES problems of each kind, in file order. */
	problems: Problem[];
	problemCounts: Partial<Record<ProblemKind, number>>;
	problemTotal: number;
	/** Every problem as CSV (formula-like cells escaped), or null when there are none. */
	problemsCsv: Blob | null;
}

/** What the parse worker posts back. */
export type WorkerReply =
	| { type: 'progress'; progress: ImportProgress }
	| { type: 'wages'; rows: WageRecord[] }
	| { type: 'projections'; rows: ProjectionRecord[] }
	| ({ type: 'done'; format: ImportFormat | null; read: number; rejected: number; stored: ImportedMeta | null } & ProblemSummary)
	| { type: 'error'; message: string };
