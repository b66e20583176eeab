/**
 * Turns the raw BLS and survey files in ../shared/data/raw into the tidy files the app ships in data/.
 * Uses the same importers as the in-browser import. Deterministic: a second run writes the same bytes.
 * Usage: npm run data  (RAW_DIR=/path/to/raw to read elsewhere)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importCertifications } from '../src/lib/data/certifications';
import { importOews } from '../src/lib/data/oews';
import { importProjections } from '../src/lib/data/projections';
import { readXlsxRows } from '../src/lib/data/readXlsx';
import type { Career, ImportResult, Source, SurveyFigure, WageRecord } from '../src/lib/data/schema';
import { importSurveys } from '../src/lib/data/surveys';
import { careerCodec, certificationCodec, importTidy, projectionCodec, sourceCodec, surveyCodec } from '../src/lib/data/tidyCodecs';
import { writeTidy } from '../src/lib/data/writeTidy';
import { NATIONAL_WAGE_COLUMNS, TIDY_WAGE_COLUMNS, toTidyWageRows } from '../src/lib/data/tidyWages';
import { writeCsv } from '../src/lib/data/writeCsv';
import { CODING_CAREERS, COMPARED_CAREERS } from '../src/lib/model/featuredCareers';
import { detailedOnce, lineItems } from './allOccupations';
import { ALIASES, EXTRA_SOCS, GROUPS, NOTES } from './careerNames';
import { CERTIFICATION_SOURCE, NATIONAL_FILES, OEWS_SOURCES, PRICE_SOURCES, PROJECTIONS_SOURCE, RESEARCH_SOURCES, nationalSourceId } from './sourceList';
import { ONET_FILES, onetRows } from '../src/lib/data/onetRows';
import { jobZoneCodec, onetCodec } from '../src/lib/data/onetCodec';
import { readTabText } from '../src/lib/data/readTabText';
import { cpiCodec } from '../src/lib/data/cpiCodec';
import { beaRppRows } from '../src/lib/data/beaRpp';
import { rppCodec } from '../src/lib/data/rppCodec';
import { aiApplicabilityCodec, aiExposureCodec, teleworkCodec } from '../src/lib/data/researchCodecs';
import { dingelNeimanRows, eloundouRows, tomlinsonRows } from '../src/lib/data/researchRows';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rawDir = resolve(process.env.RAW_DIR ?? join(root, '..', 'shared', 'data', 'raw'));
const outDir = join(root, 'data');

let failed = false;

/** A workbook's first sheet as CSV text, read with the app's own xlsx reader (the in-browser import uses it too). */
async function xlsxText(file: string): Promise<string> {
	const decoder = new TextDecoder();
	let text = '';
	for await (const chunk of readXlsxRows(new Blob([readFileSync(join(rawDir, file))]))) text += decoder.decode(chunk, { stream: true });
	return text + decoder.decode();
}
const workbooks = new Map(await Promise.all(NATIONAL_FILES.filter(([, f]) => f.endsWith('.xlsx')).map(async ([, f]) => [f, await xlsxText(f)] as const)));

/** Reads one raw file through an importer; any problem stops the build, since shipped data must be clean. */
const load = <T>(file: string, run: (text: string, file: string) => ImportResult<T>): T[] =>
	report(file, run(workbooks.get(file) ?? readFileSync(join(rawDir, file), 'utf8'), file));

/** Logs what an import read; any problem stops the build. */
function report<T>(file: string, result: ImportResult<T>): T[] {
	const accepted = result.read - result.rejected;
	console.log(`${file}: ${result.read} rows read, ${accepted} accepted, ${result.rejected} rejected`);
	for (const p of result.problems) {
		failed = true;
		console.error(`  ${p.file}:${p.line} [${p.column}] ${p.value} — ${p.reason}`);
	}
	return result.rows;
}

const inScope = (soc: string) => soc.startsWith('29-') || soc.startsWith('31-') || EXTRA_SOCS.includes(soc);

const oewsAll = (file: string, sourceId: string) => load(file, (t, f) => importOews(t, f, { sourceId }));
const oews = (file: string, sourceId: string) => oewsAll(file, sourceId).filter((r) => inScope(r.soc));

// The re-saved May 2023 sector file lost the hyphenated BLS sector codes; restore them.
const SECTOR_CODES: Record<string, string> = { '31': '31-33', '44': '44-45', '48': '48-49' };

// Every occupation of each release is read once: the in-scope rows feed the site, all detailed ones /explore.
const nationalAllByYear = NATIONAL_FILES.map(([year, file]) => [year, oewsAll(file, nationalSourceId(year))] as const);
const nationalByYear = nationalAllByYear.map(([year, records]) => [year, records.filter((r) => inScope(r.soc))] as const);
const national = nationalByYear.flatMap(([, records]) => records);
const industry2024 = [
	...oews('natsector_M2024_dl__converted.csv', 'oews-sector-2024'),
	...oews('nat4d_M2024_dl__extract_selected_healthcare_occupations.csv', 'oews-industry-2024')
];
const industry2023 = oews('natsector_M2023_dl_resaved-by-repo-owner__converted.csv', 'oews-sector-2023').map((r) => ({
	...r,
	naics: SECTOR_CODES[r.naics] ?? r.naics
}));
const states = oews('state_M2023_dl_reduced-5col_semicolon.csv', 'oews-state-2023');

const projections = load(PROJECTIONS_SOURCE.file, (t, f) => importProjections(t, f, { sourceId: PROJECTIONS_SOURCE.id }));
const SURVEY_FILES = ['trade_association_salary_figures.csv', 'trade_association_salary_figures_additions_2026-12.csv'];
// PROVENANCE §7: the additions' 2025 credential means (CRC, CPC) come from one exam-preparation page; they are shown as unverified.
const UNVERIFIED = 'unverified: one exam-preparation page cites the edition (PROVENANCE §7); verify before use';
const surveyFile = new Map<SurveyFigure, string>();
const surveys = SURVEY_FILES.flatMap((file) =>
	load(file, importSurveys).map((s) => {
		const figure = file === SURVEY_FILES[1] && s.surveyYear === 2025 && s.dimension === 'credential' ? { ...s, sourceKind: `${s.sourceKind}; ${UNVERIFIED}` } : s;
		surveyFile.set(figure, file);
		return figure;
	})
);
const certifications = load(CERTIFICATION_SOURCE.file, importCertifications);

/** One source per survey edition, labelled as the publisher labels it, naming every raw file its figures came from. */
function surveySources(figures: SurveyFigure[]): Source[] {
	const byId = new Map<string, Source>();
	for (const s of figures) {
		const seen = byId.get(s.sourceId);
		const file = surveyFile.get(s)!;
		if (seen && !seen.file.split('; ').includes(file)) seen.file += `; ${file}`;
		if (seen) continue;
		byId.set(s.sourceId, {
			id: s.sourceId,
			publisher: s.organization,
			program: 'Salary survey',
			scope: '',
			origin: 'shipped',
			release: String(s.surveyYear),
			referenceDate: `${s.surveyYear}-01-01`,
			title: `${s.organization} salary survey, ${s.surveyYear} salaries`,
			url: s.sourceUrl,
			file,
			notes: 'Member survey; figures are mostly means and are not comparable with BLS medians. Each figure carries its own source URL.',
			topCodeHourly: { missing: 'notAvailable' },
			topCodeAnnual: { missing: 'notAvailable' }
		});
	}
	return [...byId.values()];
}

/** Every in-scope occupation of the latest release, plus codes only older releases have (29-2098). */
function careers(records: WageRecord[]): Career[] {
	const bySoc = new Map<string, WageRecord>();
	const order = new Map(OEWS_SOURCES.map((s, i) => [s.id, s.referenceDate + String(i).padStart(3, '0')]));
	const sorted = [...records].sort((a, b) => (order.get(a.sourceId)! < order.get(b.sourceId)! ? -1 : 1));
	// The level in the newest release that lists the code: 29-2040 is detailed in May 2020, broad from May 2021.
	const latestLevel = new Map<string, WageRecord>();
	for (const r of sorted) {
		if (r.level === 'detailed' || r.level === 'total' || EXTRA_SOCS.includes(r.soc)) bySoc.set(r.soc, r);
		const seen = latestLevel.get(r.soc);
		if (!seen || seen.sourceId !== r.sourceId || r.level === 'detailed') latestLevel.set(r.soc, r);
	}
	return [...bySoc.values()]
		.filter((r) => r.level === 'detailed' || r.level === 'total')
		.map((r) => ({
			soc: r.soc,
			title: r.title,
			group: GROUPS[r.soc] ?? 'healthcare',
			level: latestLevel.get(r.soc)!.level,
			aliases: ALIASES[r.soc] ?? [],
			note: NOTES[r.soc] ?? ''
		}))
		.sort((a, b) => a.soc.localeCompare(b.soc));
}

const sources = [...OEWS_SOURCES, PROJECTIONS_SOURCE, ...surveySources(surveys), CERTIFICATION_SOURCE, ...RESEARCH_SOURCES, ...PRICE_SOURCES];
const baseCareers = careers(national);
const shipped = new Set(baseCareers.map((c) => c.soc));

// What the work is (O*NET 30.2), for the careers the app has pages for.
const onetText = (name: string) => readFileSync(join(rawDir, 'onet_30_2', name), 'utf8');
const onet = report('onet_30_2/', onetRows({ occupations: onetText(ONET_FILES.occupations), jobZones: onetText(ONET_FILES.jobZones), tasks: onetText(ONET_FILES.tasks), titles: onetText(ONET_FILES.titles), technology: onetText(ONET_FILES.technology) }, (soc) => shipped.has(soc)));
const jobZones = load('onet_30_2/Job Zone Reference.txt', (t, f) => {
	const r = readTabText(t, f, ['Job Zone', 'Name', 'Experience', 'Education', 'Job Training', 'Examples']);
	return { ...r, rows: r.rows.map((z) => ({ zone: Number(z['Job Zone']), name: z.Name, experience: z.Experience, education: z.Education, training: z['Job Training'], examples: z.Examples })) };
});
// Research measures: percentiles come from each whole file, then only the shipped careers are kept.
const exposure = load('ai_exposure_eloundou_2023_occ_level.csv', (t, f) => eloundouRows(t, f, (soc) => shipped.has(soc)));
const applicability = load('ai_applicability_tomlinson_2025_soc.csv', (t, f) => tomlinsonRows(t, f, (soc) => shipped.has(soc)));
// O*NET's reported job titles become each career's last-ranked search words (without repeating a title or alias).
const careerList = baseCareers.map((c) => {
	const seen = new Set([c.title, ...c.aliases].map((a) => a.toLowerCase()));
	const titles = onet.filter((r) => r.kind === 'title' && r.soc === c.soc && !seen.has(r.text.toLowerCase()) && seen.add(r.text.toLowerCase()));
	return { ...c, reportedTitles: titles.map((r) => r.text) };
});
// CPI-U annual averages, to show pay in constant dollars.
const cpi = load('cpi_u_CUUR0000SA0_annual_2005_2025.csv', (t, f) => importTidy(cpiCodec, t, f));
// BEA price parities of 2023, the year of the state wage file, to show state pay adjusted for prices.
const rpp = load('bea_sarpp_state_2008_2024.csv', (t, f) => beaRppRows(t, f, 2023));
const telework = load('teleworkable_dingel_neiman_2020_blscodes.csv', (t, f) => dingelNeimanRows(t, f, [...shipped]));
const releaseOf = new Map(sources.map((s) => [s.id, s.release]));
const key = (r: WageRecord) => [r.sourceId, r.areaCode, r.naics, r.ownCode, r.soc, r.level].join('|');
const wageCsv = (records: WageRecord[], columns: readonly (typeof TIDY_WAGE_COLUMNS)[number][] = TIDY_WAGE_COLUMNS) =>
	writeCsv(columns, toTidyWageRows([...records].sort((a, b) => key(a).localeCompare(key(b))), (id) => releaseOf.get(id)!));

/** The latest release's rows for the careers the overview shows: the same rows, so the first page fetches little. */
const featured = nationalByYear.at(-1)![1].filter((r) => CODING_CAREERS.includes(r.soc) || COMPARED_CAREERS.includes(r.soc));

const outputs: Record<string, string> = {
	'sources.csv': writeTidy(sourceCodec, sources),
	'careers.csv': writeTidy(careerCodec, careerList),
	...Object.fromEntries(nationalByYear.map(([year, records]) => [`oews-national-${year}.csv`, wageCsv(records, NATIONAL_WAGE_COLUMNS)])),
	'featured-wages.csv': wageCsv(featured, NATIONAL_WAGE_COLUMNS),
	'oews-industry-2024.csv': wageCsv(industry2024),
	'oews-industry-2023.csv': wageCsv(industry2023),
	'oews-state-2023.csv': wageCsv(states),
	'projections.csv': writeTidy(
		projectionCodec,
		projections.filter((p) => inScope(p.soc)).sort((a, b) => a.soc.localeCompare(b.soc))
	),
	...Object.fromEntries(nationalAllByYear.map(([year, records]) => [`oews-all-occupations-${year}.csv`, wageCsv(detailedOnce(records), NATIONAL_WAGE_COLUMNS)])),
	'projections-all-occupations.csv': writeTidy(projectionCodec, lineItems(projections)),
	'surveys.csv': writeTidy(surveyCodec, surveys),
	'certifications.csv': writeTidy(certificationCodec, certifications),
	'onet.csv': writeTidy(onetCodec, onet),
	'onet-job-zones.csv': writeTidy(jobZoneCodec, jobZones),
	'ai-exposure-eloundou.csv': writeTidy(aiExposureCodec, exposure),
	'ai-applicability-microsoft.csv': writeTidy(aiApplicabilityCodec, applicability),
	'teleworkable-dingel-neiman.csv': writeTidy(teleworkCodec, telework),
	'cpi-u.csv': writeTidy(cpiCodec, cpi),
	'bea-rpp-2023.csv': writeTidy(rppCodec, rpp)
};

if (failed) {
	console.error('Raw files have problems (above); data/ was not written.');
	process.exit(1);
}
mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(outputs)) {
	writeFileSync(join(outDir, name), text);
	console.log(`wrote data/${name} (${text.split('\n').length - 2} rows, ${(text.length / 1024).toFixed(0)} KB)`);
}
