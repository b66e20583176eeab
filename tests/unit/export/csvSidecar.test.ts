import { describe, expect, it } from 'vitest';
import { csvSidecar } from '../../../src/lib/export/csvSidecar';
import { EXPORT_COLUMNS } from '../../../src/lib/export/exportColumns';
import { payRangeExport } from '../../../src/lib/export/payRangeExport';
import { SOURCES } from './sources';

describe('csvSidecar', () => {
	const rows = payRangeExport(
		[{ soc: '29-2072', label: 'Medical Records Specialists', p10: 1, p25: 2, median: 3, p75: 4, p90: 5, emphasis: true }],
		'annual',
		{ sources: SOURCES, sourceId: 'oews-national-2024' },
		'Pay range'
	);
	const meta = csvSidecar({ title: 'Pay range', file: 'pay-range.csv', view: 'https://example.org/compare?careers=29-2072', rows, sources: SOURCES, bom: true, generated: new Date('2026-01-02T03:04:05Z') });

	it('has the view link, the file, the date and the row count', () => {
		expect(meta).toMatchObject({ title: 'Pay range', file: 'pay-range.csv', view: 'https://example.org/compare?careers=29-2072', generated: '2026-01-02T03:04:05.000Z', rows: 5 });
		expect(meta.encoding).toContain('byte-order mark');
	});

	it('lists only the sources the rows name, with their URLs', () => {
		expect(meta.sources).toEqual([
			{ id: 'oews-national-2024', publisher: 'U.S. Bureau of Labor Statistics', title: 'OEWS national cross-industry estimates, May 2024', release: 'May 2024', url: 'https://www.bls.gov/oes/special-requests/oesm24nat.zip' }
		]);
	});

	it('describes every column, codes as text', () => {
		expect(meta.columns.map((c) => c.name)).toEqual([...EXPORT_COLUMNS]);
		for (const c of meta.columns) expect(c.description.length).toBeGreaterThan(5);
		expect(meta.columns.find((c) => c.name === 'soc')!.type).toBe('text');
		expect(JSON.parse(JSON.stringify(meta))).toEqual(meta);
	});
});
