import { describe, expect, it } from 'vitest';
import { figureLines, layoutSurvey, type BlsContext } from '../../../src/lib/charts/layoutSurvey';
import { formatWage } from '../../../src/lib/format';
import type { SurveyRow } from '../../../src/lib/model/surveyRows';
import { surveyRow } from '../../fixtures/model/build';
import { findNaN } from './noNaN';

const row = (category: string, surveyYear: number, value: number, over: Partial<SurveyRow> = {}): SurveyRow =>
	surveyRow(category, surveyYear, value, { population: 'respondents with job title "coder", by primary credential', ...over });
const rows = [
	row('CPC', 2010, 39953),
	row('CPC-H (certified coders in hospital outpatient)', 2012, 56466, { population: '' }),
	row('Non-certified', 2009, 38290, { conflict: true }),
	row('CPB (Certified Professional Biller)', 2019, 55078, { statistic: 'median' })
];
// OEWS May 2025 is not in the fixtures; these are illustrative BLS points.
const bls: BlsContext = { p25: 40000, median: 50000, p75: 62000, label: 'BLS median, May 2025 (all medical records specialists)' };
const money = (v: number) => formatWage(v, 'annual');

describe('layoutSurvey', () => {
	it.each([320, 375, 640, 1200, 1920])('at %i px: marks and band inside, no NaN, every row names its survey year', (width) => {
		const layout = layoutSurvey(rows, bls, width, money);
		expect(findNaN(layout)).toEqual([]);
		for (const m of layout.marks) expect(m.x).toBeGreaterThanOrEqual(0), expect(m.x).toBeLessThanOrEqual(width);
		expect(layout.band!.x1).toBeGreaterThanOrEqual(0);
		expect(layout.band!.x2).toBeLessThanOrEqual(width);
		layout.marks.forEach((m, i) => expect(m.lines.join(' ')).toContain(String(rows[i].surveyYear)));
		for (const m of layout.marks) for (const line of m.lines) expect(line.length * 6.6).toBeLessThanOrEqual(width);
	});
	it('on a phone, wraps a long credential name in full and keeps the value and the conflict flag', () => {
		const layout = layoutSurvey(rows, bls, 320, money);
		expect(layout.marks[1].lines).toEqual(['CPC-H (certified coders in hospital', 'outpatient): mean $56,466', 'AAPC 2012 survey · population not stated']);
		expect(layout.marks[2].lines.join(' ')).toContain('(reports differ)');
		// Only the survey line (the last) may be cut; the table twin has it in full.
		for (const m of layout.marks) expect(m.lines.slice(0, -1).join(' ')).not.toContain('…');
		expect(layoutSurvey(rows, bls, 1200, money).marks[1].lines.join(' ')).toContain('population not stated');
	});
	it('the BLS median line sits inside the band, and the BLS label is drawn (split when narrow)', () => {
		const wide = layoutSurvey(rows, bls, 1200, money);
		expect(wide.medianX!).toBeGreaterThan(wide.band!.x1);
		expect(wide.medianX!).toBeLessThan(wide.band!.x2);
		expect(wide.contextLines.map((l) => l.text)).toEqual(['BLS median, May 2025 (all medical records specialists)']);
		expect(layoutSurvey(rows, bls, 320, money).contextLines.map((l) => l.text)).toEqual(['BLS median, May 2025', '(all medical records specialists)']);
	});
	it('a median is marked as a median, a mean as a mean', () => {
		expect(layoutSurvey(rows, bls, 640, money).marks.map((m) => m.statistic)).toEqual(['mean', 'mean', 'mean', 'median']);
	});
	it('without BLS context there is no band, no line and no label', () => {
		const layout = layoutSurvey(rows, null, 640, money);
		expect(layout).toMatchObject({ band: null, medianX: null, contextLines: [] });
		const missing = layoutSurvey(rows, { ...bls, median: { missing: 'notAvailable' }, p75: { missing: 'notAvailable' } }, 640, money);
		expect(missing).toMatchObject({ band: null, medianX: null, contextLines: [] });
	});
	it('no rows', () => expect(findNaN(layoutSurvey([], bls, 375, money))).toEqual([]));
	it.each([
		['CPC', 'mean $1', 40, ['CPC: mean $1']],
		['A very long credential name indeed', 'mean $45,000', 30, ['A very long credential name', 'indeed: mean $45,000']],
		['CRC (Certified Risk Adjustment Coder)', 'mean $74,629 (unverified)', 30, ['CRC (Certified Risk Adjustment', 'Coder):', 'mean $74,629 (unverified)']],
		['Certified coding specialist in physician-based settings everywhere', 'median $1', 20, ['Certified coding', 'specialist in physi…', 'median $1']]
	])('figureLines %#', (category, figure, chars, out) => expect(figureLines(category, figure, chars)).toEqual(out));
});

describe('layoutSurvey: labels never overlap dots', () => {
	const long = row('CRC (Certified Risk Adjustment Coder)', 2025, 74629, { population: 'AAPC salary survey respondents with job titles', sourceKind: 'trade press; unverified: one page' });
	it.each([
		['phone width, two-line labels', 343],
		['desktop width, one-line labels', 1100]
	])('%s', (_n, width) => {
		const layout = layoutSurvey([...rows, long, ...rows], null, width, (v) => formatWage(v, 'annual'));
		layout.marks.forEach((m, i) => {
			const lastBaseline = m.labelY + 12 + (m.lines.length - 1) * 15;
			expect(m.y - 6, `dot ${i} clears its label`).toBeGreaterThan(lastBaseline + 3);
			const next = layout.marks[i + 1];
			if (next) expect(next.labelY, `label ${i + 1} starts below dot ${i}`).toBeGreaterThanOrEqual(m.y + 6);
		});
		expect(layout.marks.find((m) => m.key === long.key)?.lines.join(' ')).toContain('(unverified)');
	});
});
