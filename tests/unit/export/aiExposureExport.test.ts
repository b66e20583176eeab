import { describe, expect, it } from 'vitest';
import { aiExposureExport } from '../../../src/lib/export/aiExposureExport';
import type { AiExposureRow } from '../../../src/lib/model/aiExposureRows';

const sources = [
	{ id: 'eloundou-2024', title: 'GPTs are GPTs', publisher: 'Eloundou et al.', release: '2024', url: 'u' },
	{ id: 'tomlinson-2025', title: 'Working with AI', publisher: 'Microsoft', release: '2025', url: 'u' }
];
const coder: AiExposureRow = { soc: '29-2072', onetSoc: '29-2072.00', label: 'Medical Records Specialists', emphasis: true, gpt4: { value: 0.618, percentile: 91 }, human: { value: 0.559, percentile: 87 }, microsoft: { value: 0.2706, percentile: 81 } };

describe('aiExposureExport', () => {
	it('two rows per measure (value, percentile), each naming its own source', () => {
		const out = aiExposureExport([coder], sources, 'AI');
		expect(out.map((r) => [r.statistic, r.unit, r.value, r.source_id])).toEqual([
			['gpt4_beta', 'share', '0.618', 'eloundou-2024'],
			['gpt4_beta_percentile', 'percentile', '91', 'eloundou-2024'],
			['human_beta', 'share', '0.559', 'eloundou-2024'],
			['human_beta_percentile', 'percentile', '87', 'eloundou-2024'],
			['ai_applicability_score', 'score', '0.2706', 'tomlinson-2025'],
			['ai_applicability_score_percentile', 'percentile', '81', 'tomlinson-2025']
		]);
		expect(out[0]).toMatchObject({ release: '2024', chart: 'AI', soc: '29-2072' });
		expect(out[0].note).toMatch(/not a forecast of job loss/);
	});
	it('a measure the source lacks is notAvailable, never 0', () => {
		const out = aiExposureExport([{ ...coder, gpt4: null }], sources, 'AI');
		expect(out[0]).toMatchObject({ value: '', status: 'notAvailable' });
	});
});
