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

const bls = (id: string, title: string, release: string, zip: string): ExportSource => ({
	id,
	publisher: 'U.S. Bureau of Labor Statistics',
	title,
	release,
	url: `https://www.bls.gov/oes/special-requests/${zip}.zip`
});
const survey = (organization: string, year: number): ExportSource => ({
	id: `${organization.toLowerCase()}-${year}`,
	publisher: organization,
	title: `${organization} salary survey, ${year} salaries`,
	release: String(year),
	url: 'https://example.org/survey'
});

/** The sources of the /pay charts: industry, state and trade-survey files, and the latest national release. */
export const PAY_SOURCES: ExportSource[] = [
	bls('oews-sector-2024', 'OEWS national industry-specific estimates by NAICS sector, May 2024', 'May 2024', 'oesm24in4'),
	bls('oews-industry-2024', 'OEWS national 4-digit industry estimates, May 2024 (selected industries)', 'May 2024', 'oesm24in4'),
	bls('oews-state-2023', 'OEWS state estimates, May 2023 (mean wages only)', 'May 2023', 'oesm23st'),
	oews(2024),
	survey('AAPC', 2010),
	survey('AAPC', 2018),
	survey('AHIMA', 2008),
	{
		id: 'bea-rpp-2023',
		publisher: 'U.S. Bureau of Economic Analysis',
		title: 'Regional Price Parities by state (SARPP), all items, U.S. = 100',
		release: '2023 (release of 2026-02-19)',
		url: 'https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area'
	}
];
