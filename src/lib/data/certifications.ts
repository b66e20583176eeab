import { importText } from './importText';
import type { CertificationFact } from './schema';
import { tableImporter, type RowReader } from './tableImporter';

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

/** The source id of the compiled facts file in sources.csv, unless an import names another. */
export const CERTIFICATION_SOURCE_ID = 'certification-facts';

/** Reads one fact row; every check that fails is reported, then the row is rejected once. */
const readFact = (sourceId: string): RowReader<Column, CertificationFact> => (raw, fail) => {
	const cell = (c: Column) => raw(c).trim();
	const socs = socsIn(cell('soc'));
	if (socs.length === 0) fail('soc', 'soc_code must name at least one SOC code like 29-2072 (an O*NET code like 29-1071.01 also works).', 'badCode');
	for (const c of ['factType', 'factValue', 'sourceUrl'] as const)
		if (cell(c) === '') fail(c, `${COLUMNS[c][0]} is empty; a fact needs it to be shown and traced.`);
	return {
		sourceId,
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
	};
};

/** Education and certification facts importer. */
export const certificationsImporter = (file: string, sourceId = CERTIFICATION_SOURCE_ID) =>
	tableImporter(file, COLUMNS, REQUIRED, readFact(sourceId), { rejectExactRepeats: true });

/** Imports a whole education and certification facts text. */
export const importCertifications = (text: string, file: string, sourceId = CERTIFICATION_SOURCE_ID) =>
	importText(text, file, certificationsImporter(file, sourceId));
