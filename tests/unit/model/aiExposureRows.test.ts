import { describe, expect, it } from 'vitest';
import { aiExposureRows } from '../../../src/lib/model/aiExposureRows';
import type { ResearchRows } from '../../../src/lib/model/researchFor';

const exposure = (onetSoc: string, title: string, gpt4Beta: number) => ({ soc: onetSoc.slice(0, 7), onetSoc, title, gpt4Beta, humanBeta: gpt4Beta / 2, gpt4BetaPercentile: gpt4Beta * 100, humanBetaPercentile: 10 });
const research: ResearchRows = {
	exposure: [exposure('29-2072.00', 'Medical Records Specialists', 0.618), exposure('29-1071.00', 'Physician Assistants', 0.2), exposure('29-1071.01', 'Anesthesiologist Assistants', 0.1)],
	applicability: [{ soc: '29-2072', title: 'MRS', score: 0.2706, percentile: 81 }, { soc: '29-1071', title: 'PA', score: 0.1, percentile: 20 }],
	telework: []
};
const titles: Record<string, string> = { '29-2072': 'Medical Records Specialists', '29-1071': 'Physician Assistants', '29-2033': 'Nuclear Medicine Technologists' };
const titleOf = (soc: string) => titles[soc] ?? soc;

describe('aiExposureRows', () => {
	it.each<[string, string[], string[], string[]]>([
		['compared careers, then coding roles not chosen', ['29-1071'], ['29-2072'], ['29-1071.00', '29-1071.01', '29-2072.00']],
		['a coding role already chosen is not repeated', ['29-2072', '29-1071'], ['29-2072'], ['29-2072.00', '29-1071.00', '29-1071.01']],
		['a code without an Eloundou row still has a row', ['29-2033'], [], ['']],
		['nothing chosen, no coding roles', [], [], []]
	])('%s', (_n, chosen, coding, codes) => expect(aiExposureRows(research, chosen, coding, titleOf).map((r) => r.onetSoc)).toEqual(codes));

	it('several O*NET occupations under one code are named, each with its own beta and the shared Microsoft score', () => {
		const [pa, aa] = aiExposureRows(research, ['29-1071'], [], titleOf);
		expect([pa.label, aa.label]).toEqual(['Physician Assistants: Physician Assistants', 'Physician Assistants: Anesthesiologist Assistants']);
		expect([pa.gpt4?.value, aa.gpt4?.value, pa.microsoft, aa.microsoft]).toEqual([0.2, 0.1, { value: 0.1, percentile: 20 }, { value: 0.1, percentile: 20 }]);
	});
	it('missing measures are null, never zero; coding roles are emphasised', () => {
		const [nmt] = aiExposureRows(research, ['29-2033'], [], titleOf);
		expect([nmt.gpt4, nmt.human, nmt.microsoft]).toEqual([null, null, null]);
		expect(aiExposureRows(research, [], ['29-2072'], titleOf)[0].emphasis).toBe(true);
	});
});
