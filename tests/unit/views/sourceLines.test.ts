import { describe, expect, it } from 'vitest';
import { oewsLine, projectionsLine, trendLine } from '../../../src/lib/views/sourceLines';
import { source } from '../../fixtures/model/build';

const may = (y: number) => source(`oews-national-${y}`, `${y}-05-01`);
const mine = source('import-a-national', '2022-05-01', { origin: 'imported', release: 'May 2022 — your file', file: 'national_M2022.csv' });

describe('source lines', () => {
	it.each([
		['a published release', oewsLine(may(2024)), 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024.'],
		['narrowed', oewsLine(may(2024), 'national'), 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024, national.'],
		['an imported release is the person’s file, never BLS', oewsLine(mine), 'Your file national_M2022.csv (May 2022 — your file), imported in this browser; not checked against the published BLS tables.'],
		['a trend with a gap', trendLine([may(2021), may(2023)]), 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2021, 2023. No May 2022 release is in this data.'],
		[
			'a trend with an import: its file named, not its id as a year',
			trendLine([mine, may(2024), may(2025)]),
			'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024, 2025. Your file national_M2022.csv (May 2022 — your file), imported in this browser; not checked against the published BLS tables.'
		],
		['published projections', projectionsLine(source('ep-2024-34', '2024-09-01', { release: '2024–34' })), 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34 (Table 1.2).'],
		['no projections loaded', projectionsLine(undefined, 'openings'), 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34 (Table 1.2): openings.']
	])('%s', (_, line, expected) => expect(line).toBe(expected));
});
