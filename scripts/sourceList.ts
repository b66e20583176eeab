import { CERTIFICATION_SOURCE_ID } from '../src/lib/data/certifications';
import type { Source, SourceScope } from '../src/lib/data/schema';
import { ONET_ATTRIBUTION, ONET_TRADEMARK } from '../src/lib/model/researchNotes';

/** The published data sets behind data/, with where each raw file came from (see PROVENANCE.md). */
const NA = { missing: 'notAvailable' } as const;
// `#` thresholds from each workbook's Field Descriptions sheet. May 2025 has no `#` cell at all, although
// its sheet still repeats the $115.00 / $239,200 wording; it gets no threshold, since no figure uses one.
const TOP_CODES: Record<number, [number, number]> = { 2019: [100, 208000], 2020: [100, 208000], 2021: [100, 208000], 2023: [115, 239200], 2024: [115, 239200] };

const oews = (id: string, scope: SourceScope, year: number, title: string, file: string, url: string, notes: string): Source => ({
	id,
	publisher: 'U.S. Bureau of Labor Statistics',
	program: 'OEWS',
	scope,
	origin: 'shipped',
	release: `May ${year}`,
	referenceDate: `${year}-05-01`,
	title,
	url,
	file,
	notes,
	topCodeHourly: TOP_CODES[year]?.[0] ?? NA,
	topCodeAnnual: TOP_CODES[year]?.[1] ?? NA
});

const NATIONAL_NOTE =
	'U.S., all industries. Employment excludes the self-employed and is rounded to the nearest 10.';

export const NATIONAL_FILES: [number, string][] = [
	// No CSV copy of May 2019 exists: the workbook is read with the app's own xlsx reader.
	[2019, 'national_M2019_dl.xlsx'],
	[2020, 'national_M2020_dl__converted.csv'],
	[2021, 'national_M2021_dl__converted.csv'],
	[2023, 'national_M2023_dl__converted.csv'],
	[2024, 'national_M2024_dl__converted.csv'],
	[2025, 'national_M2025_dl__converted.csv']
];

export const nationalSourceId = (year: number) => `oews-national-${year}`;

export const OEWS_SOURCES: Source[] = [
	...NATIONAL_FILES.map(([year, file]) =>
		oews(
			nationalSourceId(year),
			'national',
			year,
			`OEWS national cross-industry estimates, May ${year}`,
			file,
			`https://www.bls.gov/oes/special-requests/oesm${String(year).slice(2)}nat.zip`,
			year === 2019 || year === 2020
				? `${NATIONAL_NOTE} Uses the hybrid SOC structure: 29-2072, 29-2036 and 29-9021 are published only inside 29-2098.`
				: year === 2025
					? `${NATIONAL_NOTE} The file marks no wage with # (its Field Descriptions sheet still defines # as at or above $115.00/hour or $239,200/year); wages above $239,200 appear in it as numbers.`
					: NATIONAL_NOTE
		)
	),
	oews(
		'oews-sector-2024',
		'industry',
		2024,
		'OEWS national industry-specific estimates by NAICS sector, May 2024',
		'natsector_M2024_dl__converted.csv',
		'https://www.bls.gov/oes/special-requests/oesm24in4.zip',
		'Ownership differs by sector (e.g. 5 = private; 235 = private, state and local government).'
	),
	oews(
		'oews-sector-2023',
		'industry',
		2023,
		'OEWS national industry-specific estimates by NAICS sector, May 2023',
		'natsector_M2023_dl_resaved-by-repo-owner__converted.csv',
		'https://www.bls.gov/oes/special-requests/oesm23in4.zip',
		'From a copy re-saved by a third party, which turned sector codes 31-33, 44-45 and 48-49 into 31, 44 and 48; the BLS codes are restored here.'
	),
	oews(
		'oews-industry-2024',
		'industry',
		2024,
		'OEWS national 4-digit industry estimates, May 2024 (selected industries)',
		'nat4d_M2024_dl__extract_selected_healthcare_occupations.csv',
		'https://www.bls.gov/oes/special-requests/oesm24in4.zip',
		'An extract: insurance carriers (524100), offices of physicians (621100), general medical and surgical hospitals (622100) and nursing care facilities (623100), for selected occupations only.'
	),
	oews(
		'oews-state-2023',
		'state',
		2023,
		'OEWS state estimates, May 2023 (mean wages only)',
		'state_M2023_dl_reduced-5col_semicolon.csv',
		'https://www.bls.gov/oes/special-requests/oesm23st.zip',
		'Only mean wages (hourly and annual) were available for this release; medians, percentiles and employment by state are not in this data.'
	)
];

export const PROJECTIONS_SOURCE: Source = {
	id: 'ep-2024-34',
	publisher: 'U.S. Bureau of Labor Statistics',
	program: 'Employment Projections',
	scope: 'national',
	origin: 'shipped',
	release: '2024–34',
	referenceDate: '2024-09-01',
	title: 'Table 1.2 Occupational projections, 2024–34, and worker characteristics, 2024',
	url: 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm',
	file: 'occupation_2024-34__Table_1-2__converted.csv',
	notes: 'Employment in thousands, including the self-employed. Median wage is the OEWS May 2024 median; ">=$239,200" marks a top-coded median.',
	topCodeHourly: TOP_CODES[2024][0],
	topCodeAnnual: TOP_CODES[2024][1]
};

export const CERTIFICATION_SOURCE: Source = {
	id: CERTIFICATION_SOURCE_ID,
	publisher: 'Compiled from BLS and certifying bodies (MDCB, NCCAA, ARRT, NMTCB, AHIMA)',
	program: 'Education and certification',
	scope: '',
	origin: 'shipped',
	release: '2024–34 / 2025',
	referenceDate: '2025-01-01',
	title: 'Typical entry education (BLS EP Table 1.2) and certification requirements',
	url: 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm',
	file: 'education_certification_facts.csv',
	notes: 'Each certification row carries its own source URL. No public source was found for AAPC CPC or AHIMA CCS/CCA/RHIT requirements.',
	topCodeHourly: NA,
	topCodeAnnual: NA
};

const research = (id: string, publisher: string, program: string, release: string, referenceDate: string, title: string, url: string, file: string, notes: string): Source => ({
	id,
	publisher,
	program,
	scope: '',
	origin: 'shipped',
	release,
	referenceDate,
	title,
	url,
	file,
	notes,
	topCodeHourly: NA,
	topCodeAnnual: NA
});


/** Price indexes used to show derived constant-dollar figures (PROVENANCE.md §7). */
export const PRICE_SOURCES: Source[] = [
	research(
		'cpi-u',
		'U.S. Bureau of Labor Statistics',
		'CPI',
		'2005–2025 annual averages',
		'2025-12-01',
		'Consumer Price Index for All Urban Consumers (CPI-U), U.S. city average, all items, annual averages (series CUUR0000SA0, 1982–84 = 100)',
		'https://www.bls.gov/cpi/',
		'cpi_u_CUUR0000SA0_annual_2005_2025.csv',
		'Used to show OEWS (May) and survey figures in 2025 dollars: value × CPI-U 2025 / CPI-U of the reference year. The 2025 annual average covers 11 months (October 2025 was not published).'
	),
	research(
		'bea-rpp-2023',
		'U.S. Bureau of Economic Analysis',
		'Regional Price Parities',
		'2023 (release of 2026-02-19)',
		'2023-01-01',
		'Regional Price Parities by state (SARPP), all items, U.S. = 100',
		'https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area',
		'bea_sarpp_state_2008_2024.csv',
		'The year of the OEWS state file (May 2023). A state mean divided by its parity / 100 is what it buys at U.S.-average prices; states and DC only (no parities for territories).'
	)
];

/** Sources of what each career's work is, its exposure to AI and whether it can be done at home (PROVENANCE.md §7). */
export const RESEARCH_SOURCES: Source[] = [
	research(
		'onet-30-2',
		'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
		'O*NET',
		'30.2 (February 2026)',
		'2026-02-01',
		'O*NET 30.2 Database: occupation data, task statements, job zones, sample of reported titles, technology skills',
		'https://www.onetcenter.org/database.html',
		'onet_30_2/',
		`CC BY 4.0. ${ONET_ATTRIBUTION} ${ONET_TRADEMARK} O*NET-SOC codes map to SOC by their first seven characters.`
	),
	research(
		'eloundou-2024',
		'Eloundou, Manning, Mishkin & Rock',
		'Research estimate',
		'2024',
		'2024-06-21',
		'GPTs are GPTs: Labor market impact potential of LLMs, Science 384 (2024); occupation-level exposure',
		'https://github.com/openai/GPTs-are-GPTs',
		'ai_exposure_eloundou_2023_occ_level.csv',
		'MIT licence, © 2024 OpenAI. Beta = share of an occupation\'s tasks directly exposed (E1) plus half of those exposed with added software (E2), rated by GPT-4 and by people. A measure of task exposure, not a forecast of job loss. Percentiles are among all 923 occupations in the file.'
	),
	research(
		'tomlinson-2025',
		'Tomlinson, Jaffe, Wang, Counts & Suri (Microsoft Research)',
		'Research estimate',
		'2025',
		'2025-07-01',
		'Working with AI: Measuring the Occupational Implications of Generative AI (2025); AI applicability score by SOC code',
		'https://github.com/microsoft/working-with-ai',
		'ai_applicability_tomlinson_2025_soc.csv',
		'CC BY 4.0 (Microsoft). From observed Bing Copilot conversations: how much of an occupation\'s work activities AI assisted or performed. Not a forecast of job loss. Percentiles are among all 785 occupations in the file.'
	),
	research(
		'dingel-neiman-2020',
		'Dingel & Neiman',
		'Research classification',
		'2020',
		'2020-09-01',
		'How many jobs can be done at home? Journal of Public Economics 189 (2020); teleworkable classification by SOC 2010 code',
		'https://github.com/jdingel/DingelNeiman-workathome',
		'teleworkable_dingel_neiman_2020_blscodes.csv',
		'Classifies whether an occupation\'s tasks can be done at home (from O*NET work-context answers), not how many people work remotely. SOC 2010 codes: a SOC 2018 code takes its 2010 code\'s value only where that code is its only origin (29-2071 became 29-2072 and 29-9021).'
	)
];
