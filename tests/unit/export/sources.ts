/** Source rows for export tests: the fields an export names, as in data/sources.csv. */
import type { ExportSource } from '../../../src/lib/export/exportColumns';

const oews = (year: number): ExportSource => ({
	id: `oews-national-${year}`,
	publisher: 'U.S. Bureau of Labor Statistics',
	title: `OEWS national cross-industry estimates, May ${year}`,
	release: `May ${year}`,
	url: `https://www.bls.gov/oes/special-requests/oesm${String(year).slice(2)}nat.zip`
});

export const SOURCES: ExportSource[] = [
	oews(2020),
	oews(2021),
	oews(2023),
	oews(2024),
	{
		id: 'ep-2024-34',
		publisher: 'U.S. Bureau of Labor Statistics',
		title: 'Table 1.2 Occupational projections, 2024–34, and worker characteristics, 2024',
		release: '2024–34',
		url: 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm'
	}
];
