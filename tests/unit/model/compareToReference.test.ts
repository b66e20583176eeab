import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/schema';
import { compareToReference } from '../../../src/lib/model/compareToReference';
import type { PaySummary } from '../../../src/lib/model/summarizePay';

const NA: Figure = { missing: 'notAvailable' };
const TOP: Figure = { missing: 'topCoded' };

function summary(soc: string, median: Figure, p90: Figure, over: Partial<PaySummary> = {}): PaySummary {
	return { soc, title: soc, sourceId: 'oews-2023', basis: 'annual', mean: NA, p10: NA, p25: NA, median, p75: NA, p90, employment: 1000, ...over };
}

const mrs = summary('29-2072', 48780, 77810);
const pa = summary('29-1071', 130020, 170790);
const crna = summary('29-1151', 212650, TOP);
const unknown = summary('29-9999', NA, NA);

describe('compareToReference', () => {
	it.each([
		['number vs number', [mrs, pa], 'median', '29-1071', 48780, 130020, 48780 - 130020, 48780 / 130020],
		['reference against itself', [mrs, pa], 'median', '29-2072', 48780, 48780, 0, 1],
		['top-coded value carries its reason', [mrs, crna], 'p90', '29-1151', 77810, TOP, TOP, TOP],
		['career’s top-coded value', [crna, mrs], 'p90', '29-2072', TOP, 77810, TOP, TOP],
		['career’s reason wins when both miss', [unknown, crna], 'p90', '29-1151', NA, TOP, NA, NA]
	] as const)('%s', (_n, summaries, stat, refSoc, value, reference, difference, ratio) => {
		const row = compareToReference(summaries, refSoc, stat).find((r) => r.soc === summaries[0].soc)!;
		expect(row).toMatchObject({ stat, value, reference, referenceSoc: refSoc });
		expect(row.difference).toEqual(difference);
		if (typeof ratio === 'number') expect(row.ratio).toBeCloseTo(ratio, 10);
		else expect(row.ratio).toEqual(ratio);
	});

	it('keeps input order and includes the reference', () => {
		expect(compareToReference([pa, mrs, crna], '29-2072', 'median').map((r) => r.soc)).toEqual(['29-1071', '29-2072', '29-1151']);
	});

	it('never turns a missing figure into a number', () => {
		const rows = compareToReference([mrs, crna, unknown], '29-2072', 'p90');
		for (const r of rows.filter((r) => typeof r.value !== 'number')) {
			expect(typeof r.difference).toBe('object');
			expect(typeof r.ratio).toBe('object');
		}
	});

	it.each([
		['no summaries', [], '29-2072'],
		['no summaries and no reference', [], '29-1298']
	])('[] when %s', (_n, summaries, ref) => expect(compareToReference(summaries, ref, 'median')).toEqual([]));

	it('a reference the release does not list keeps every career\'s own figure, with nothing to compare against', () => {
		const rows = compareToReference([mrs, pa, summary('29-1071', 1, 1, { sourceId: 'oews-2024' })], '29-1298', 'median');
		expect(rows.map((r) => [r.soc, r.value, r.referenceSoc])).toEqual([['29-2072', 48780, '29-1298'], ['29-1071', 130020, '29-1298']]);
		for (const r of rows) expect([r.reference, r.difference, r.ratio]).toEqual([{ missing: 'notInRelease' }, { missing: 'notInRelease' }, { missing: 'notInRelease' }]);
	});

	it.each([
		['another release', summary('29-1071', 1, 1, { sourceId: 'oews-2024' })],
		['another basis', summary('29-1071', 1, 1, { basis: 'hourly' })]
	])('leaves out a summary from %s', (_n, other) => {
		expect(compareToReference([mrs, other], '29-2072', 'median').map((r) => r.soc)).toEqual(['29-2072']);
	});

	it('refuses to divide by a zero reference', () => {
		const row = compareToReference([mrs, summary('00-0000', 0, 0)], '00-0000', 'median')[0];
		expect(row.difference).toBe(48780);
		expect(row.ratio).toEqual(NA);
	});
});
