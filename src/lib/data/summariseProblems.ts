import type { Problem, ProblemKind } from './schema';
import type { ProblemSummary } from './workerProtocol';
import { writeCsv } from './writeCsv';

/** Examples kept per kind of problem; the CSV download has them all. */
export const PROBLEM_EXAMPLES = 20;

export const PROBLEM_COLUMNS = ['file', 'line', 'column', 'kind', 'value', 'reason'] as const;

/** Every problem as CSV text; cells starting with = + - @ are escaped so a spreadsheet shows, never runs, them. */
export const problemsCsvText = (problems: readonly Problem[]) =>
	writeCsv(
		PROBLEM_COLUMNS,
		problems.map((p) => ({ file: p.file, line: String(p.line), column: p.column, kind: p.kind, value: p.value, reason: p.reason })),
		{ bom: true, escapeFormulae: true }
	);

/** Counts problems by kind, keeps the first examples of each, and writes all of them as a CSV Blob. */
export function summariseProblems(problems: readonly Problem[]): ProblemSummary {
	const problemCounts: Partial<Record<ProblemKind, number>> = {};
	const examples: Problem[] = [];
	for (const p of problems) {
		const n = (problemCounts[p.kind] ?? 0) + 1;
		problemCounts[p.kind] = n;
		if (n <= PROBLEM_EXAMPLES) examples.push(p);
	}
	const problemsCsv = problems.length > 0 ? new Blob([problemsCsvText(problems)], { type: 'text/csv;charset=utf-8' }) : null;
	return { problems: examples, problemCounts, problemTotal: problems.length, problemsCsv };
}
