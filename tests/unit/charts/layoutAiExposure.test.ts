import { describe, expect, it } from 'vitest';
import { layoutAiExposure } from '../../../src/lib/charts/layoutAiExposure';
import type { AiExposureRow } from '../../../src/lib/model/aiExposureRows';

const row = (soc: string, gpt4: number | null, microsoft: number | null): AiExposureRow => ({
	soc,
	onetSoc: `${soc}.00`,
	label: soc,
	emphasis: soc === '29-2072',
	gpt4: gpt4 === null ? null : { value: gpt4 / 100, percentile: gpt4 },
	human: gpt4 === null ? null : { value: 0.5, percentile: 50 },
	microsoft: microsoft === null ? null : { value: 0.2, percentile: microsoft }
});

describe('layoutAiExposure', () => {
	it.each([375, 1280])('at %i px: marks sit on the 0–100 percentile track, rows go down, nothing is NaN', (width) => {
		const l = layoutAiExposure([row('29-2072', 90, 81), row('29-2033', 0, 100)], width);
		expect(l.rows[0].marks.map((m) => m.key)).toEqual(['gpt4', 'human', 'microsoft']);
		expect(l.rows[1].marks[0].x).toBe(l.x1);
		expect(l.rows[1].marks[2].x).toBe(l.x2);
		expect(l.rows[1].trackY).toBeGreaterThan(l.rows[0].trackY);
		expect(l.axisY).toBeGreaterThan(l.rows[1].trackY);
		expect(JSON.stringify(l)).not.toMatch(/NaN|null/);
		expect(l.x2).toBeLessThanOrEqual(width);
	});
	it('a missing measure has no mark and is named', () => {
		const l = layoutAiExposure([row('29-2033', null, 40)], 800);
		expect(l.rows[0].marks.map((m) => m.key)).toEqual(['microsoft']);
		expect(l.rows[0].missing).toEqual(['Eloundou beta, GPT-4-rated', 'Eloundou beta, human-rated']);
	});
	it('no rows: just the legend and the axis', () => {
		const l = layoutAiExposure([], 600);
		expect(l.rows).toEqual([]);
		expect(l.height).toBeGreaterThan(l.axisY);
	});
});
