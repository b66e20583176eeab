import { headerOnlyProblem, importText, raggedProblem, singleColumnHint, type RowImporter } from './importText';
import { indexColumns } from './indexColumns';
import type { CertificationFact, ImportResult, Problem } from './schema';

/** Columns of the compiled education and certification facts file. */
const COLUMNS = {
	soc: ['soc_code'],
	occupation: ['occupation'],
	factType: ['fact_type'],
	factValue: ['fact_value'],
	credential: ['credential'],
	certifyingBody: ['certifying_body'],
	sourcePublisher: ['source_publisher'],
	sourceUrl: ['source_url'],
	sourceKind: ['source_kind'],
	notes: ['notes']
} as const;
type Column = keyof typeof COLUMNS;
// A fact must say whom it is about, what it says and where it was read; credential columns are blank for BLS rows.
const REQUIRED: Column[] = ['soc', 'occupation', 'factType', 'factValue', 'sourcePublisher', 'sourceUrl'];

// An O*NET code (29-1071.01) sits under the SOC code before its dot, so the suffix is matched and dropped.
const SOC_IN_TEXT = /(?<!\d)(\d{2}-\d{4})(?:\.\d{2})?(?!\d)/g;

/** Every SOC code named in a field such as "29-9021 / 29-2072" or "29-1071.01 (O*NET; under SOC 29-1071)", once each. */
export const socsIn = (field: string): string[] => [...new Set([...field.matchAll(SOC_IN_TEXT)].map((m) => m[1]))];

/** Education and certification facts importer. */
export function certificationsImporter(file: string): RowImporter<CertificationFact> {
	let header: string[] | null = null;
	let at: Partial<Record<Column, number>> = {};
	const rows: CertificationFact[] = [];
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	let read = 0;
	let rejected = 0;
	let fatal = false;

	const reject = (p: Problem[]) => {
		problems.push(...p);
		rejected++;
	};

	function start(cells: string[], line: number) {
		header = cells;
		const index = indexColumns(cells, COLUMNS, REQUIRED, file, line);
		at = index.at;
		const hint = singleColumnHint(cells);
		problems.push(...index.problems.map((p) => (p.kind === 'missingColumn' && hint ? { ...p, kind: 'delimiter' as const, reason: p.reason + hint } : p)));
		fatal = index.problems.length > 0;
	}

	function row(cells: string[], line: number) {
		if (!header) return start(cells, line);
		read++;
		// Without the columns it needs, every data row is counted as rejected; the header problem says why.
		if (fatal) return void rejected++;
		if (cells.length !== header.length) return reject([raggedProblem(file, line, cells.length, header.length)]);
		const cell = (c: Column) => (at[c] === undefined ? '' : cells[at[c]!].trim());
		const problem = (c: Column, reason: string): Problem => ({ kind: 'format', file, line, column: header![at[c]!].trim(), value: cell(c), reason });
		const rowProblems: Problem[] = [];
		const socs = socsIn(cell('soc'));
		if (socs.length === 0)
			rowProblems.push({ ...problem('soc', 'soc_code must name at least one SOC code like 29-2072 (an O*NET code like 29-1071.01 also works).'), kind: 'badCode' });
		for (const c of ['factType', 'factValue', 'sourceUrl'] as const)
			if (cell(c) === '') rowProblems.push(problem(c, `${COLUMNS[c][0]} is empty; a fact needs it to be shown and traced.`));
		if (rowProblems.length > 0) return reject(rowProblems);
		const signature = cells.map((c) => c.trim()).join('\u0001');
		const before = seen.get(signature);
		if (before !== undefined)
			return reject([{ kind: 'duplicateRow', file, line, column: '', value: `${cell('soc')} ${cell('factType')}`, reason: `This row repeats line ${before} exactly; it is counted once.` }]);
		seen.set(signature, line);
		rows.push({
			socs,
			occupation: cell('occupation'),
			factType: cell('factType'),
			factValue: cell('factValue'),
			credential: cell('credential'),
			certifyingBody: cell('certifyingBody'),
			sourcePublisher: cell('sourcePublisher'),
			sourceUrl: cell('sourceUrl'),
			sourceKind: cell('sourceKind'),
			notes: cell('notes')
		});
	}

	function finish(): ImportResult<CertificationFact> {
		if (header && !fatal && read === 0) problems.push(headerOnlyProblem(file));
		return { rows, problems, read, rejected };
	}

	return { row, finish };
}

/** Imports a whole education and certification facts text. */
export const importCertifications = (text: string, file: string) => importText(text, file, certificationsImporter(file));
