import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/lib/data/detectFormat';

const OEWS_2024 =
	'AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,JOBS_1000,LOC_QUOTIENT,PCT_TOTAL,PCT_RPT,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY';

describe('detectFormat', () => {
	it.each<[string, string, string | null]>([
		['OEWS national 2024', OEWS_2024, 'oews'],
		['OEWS with a BOM', `\uFEFF${OEWS_2024}`, 'oews'],
		['OEWS, semicolons', OEWS_2024.replaceAll(',', ';'), 'oews'],
		['OEWS, tabs', OEWS_2024.replaceAll(',', '\t'), 'oews'],
		['OEWS, lower case (2019-style)', OEWS_2024.toLowerCase(), 'oews'],
		['OEWS 2020 (AREA_NAME, OCC_GROUP)', 'AREA,AREA_NAME,AREA_TYPE,NAICS,NAICS_TITLE,OWN_CODE,OCC_CODE,OCC_TITLE,OCC_GROUP,TOT_EMP,A_MEAN,A_MEDIAN', 'oews'],
		['OEWS state, reduced to 5 columns', 'AREA_TITLE;OCC_CODE;OCC_TITLE;H_MEAN;A_MEAN', 'oews'],
		['OEWS without OCC_CODE (its importer names the missing column)', 'AREA,AREA_TITLE,NAICS,OCC_TITLE,TOT_EMP,A_MEDIAN', 'oews'],
		['EP data.bls.gov export', 'Occupation Title,Occupation Code,Employment 2024,Employment 2034,"Employment Change, 2024-2034",Median Annual Wage 2024', 'projections'],
		['EP export, older years', 'Occupation Title,Occupation Code,Employment 2023,Employment 2033,"Employment Change, 2023-33"', 'projections'],
		['EP Table 1.2', '"2024 National Employment Matrix title","2024 National Employment Matrix code",Occupation type,"Employment, 2024","Employment, 2034","Employment change, numeric, 2024–34"', 'projections'],
		['EP Table 1.2 with footnote marks', '2022 National Employment Matrix code[1],2022 National Employment Matrix title,"Employment, 2022[2]","Employment, 2032"', 'projections'],
		["this dashboard's national file", 'source_id,release,soc,occupation,level,statistic,unit,value,status', 'tidyWages'],
		["this dashboard's export with extra columns", 'source_id,release,area_code,area,area_type,naics,industry,own_code,soc,occupation,level,statistic,unit,value,status,chart,filter', 'tidyWages'],
		['a payroll export', 'name,department,salary', null],
		['pipe-delimited OEWS', OEWS_2024.replaceAll(',', '|'), null]
	])('%s → %s', (_name, header, format) => expect(detectFormat(header).format).toBe(format));

	it('an unknown header gets a problem listing the columns each format needs', () => {
		const { problem } = detectFormat(['name', 'department', 'salary'], 'payroll.csv');
		expect(problem).toMatchObject({ kind: 'format', file: 'payroll.csv', line: 1, value: 'name, department, salary' });
		expect(problem!.reason).toMatch(/OEWS: OCC_CODE and at least one of TOT_EMP/);
		expect(problem!.reason).toMatch(/Employment Projections: .*Occupation Code/);
		expect(problem!.reason).toMatch(/source_id, release, area_code/);
	});

	it('a header that did not split names the delimiter it saw', () => {
		const { problem } = detectFormat(OEWS_2024.replaceAll(',', '|'));
		expect(problem).toMatchObject({ kind: 'delimiter' });
		expect(problem!.reason).toMatch(/"\|"/);
	});
});
