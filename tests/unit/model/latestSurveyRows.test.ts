import { describe, expect, it } from 'vitest';
import { isUnverified, latestSurveyRows } from '../../../src/lib/model/latestSurveyRows';
import { surveyRow } from '../../fixtures/model/build';

const row = surveyRow;
const cpc2010 = row('CPC', 2010, 39953);
const cpc2025 = row('CPC', 2025, 67147, { sourceKind: 'trade press; unverified: one exam-preparation page' });
const crc2025 = row('CRC (Certified Risk Adjustment Coder)', 2025, 74629);
const cpch2009 = row('CPC-H', 2009, 51980);
const cpch2012 = row('CPC-H (certified coders in hospital outpatient)', 2012, 56466);
const a2009 = row('Multiple specialty credentials', 2009, 52777);
const b2009 = row('Multiple specialty credentials', 2009, 52777, { sourceKind: 'repost', conflict: true });

describe('latestSurveyRows', () => {
	it.each([
		['keeps the newest year of each credential, newest year first', [cpc2010, cpch2009, cpch2012, cpc2025, crc2025], [cpc2025, crc2025, cpch2012]],
		['a credential named two ways is one credential', [cpch2009, cpch2012], [cpch2012]],
		['two reports of one year both stay', [a2009, b2009], [a2009, b2009]],
		['a single figure stays', [cpc2010], [cpc2010]],
		['no rows', [], []]
	])('%s', (_n, rows, expected) => expect(latestSurveyRows(rows)).toEqual(expected));

	it('groups other breakdowns by their category text', () => {
		const exp = (category: string, year: number) => row(category, year, 1, { dimension: 'experience' });
		expect(latestSurveyRows([exp('1-2 years', 2018), exp('1-2 Years', 2022), exp('3-5 years', 2018)]).map((r) => [r.category, r.surveyYear])).toEqual([
			['1-2 Years', 2022],
			['3-5 years', 2018]
		]);
	});
});

describe('isUnverified', () => {
	it.each([
		['unverified source', cpc2025, true],
		['ordinary source', cpc2010, false]
	])('%s', (_n, r, expected) => expect(isUnverified(r)).toBe(expected));
});
