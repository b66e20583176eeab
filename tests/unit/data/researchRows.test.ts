import { describe, expect, it } from 'vitest';
import { aiApplicabilityCodec, aiExposureCodec, teleworkCodec } from '../../../src/lib/data/researchCodecs';
import { dingelNeimanRows, eloundouRows, tomlinsonRows } from '../../../src/lib/data/researchRows';
import { importTidy } from '../../../src/lib/data/tidyCodecs';
import { writeTidy } from '../../../src/lib/data/writeTidy';

const eloundou = [
	'O*NET-SOC Code,Title,dv_rating_alpha,dv_rating_beta,dv_rating_gamma,human_rating_alpha,human_rating_beta,human_rating_gamma',
	'11-1011.00,Chief Executives,0.1,0.46,0.82,0.18,0.35,0.52',
	'29-1071.00,Physician Assistants,0,0.2,0.4,0,0.1,0.2',
	'29-1071.01,Anesthesiologist Assistants,0,0.1,0.2,0,0.1,0.2',
	'29-2072.00,Medical Records Specialists,0.23,0.6176470588235294,1,0.23,0.5588,0.88',
	'bad,Broken,0,0,0,0,0,0'
].join('\n');

describe('eloundouRows', () => {
	const r = eloundouRows(eloundou, 'occ_level.csv', (soc) => soc.startsWith('29-'));
	it('ranks each beta among every occupation in the file, then keeps the asked-for codes', () => {
		expect(r.rows.map((x) => [x.onetSoc, x.soc, x.gpt4BetaPercentile, x.humanBetaPercentile])).toEqual([
			['29-1071.00', '29-1071', 37.5, 25],
			['29-1071.01', '29-1071', 12.5, 25],
			['29-2072.00', '29-2072', 87.5, 87.5]
		]);
		expect(r.rows[2].gpt4Beta).toBeCloseTo(0.618, 3);
	});
	it('a row without an O*NET-SOC code is a problem', () => {
		expect(r.problems).toEqual([expect.objectContaining({ kind: 'badCode', value: 'bad' })]);
		expect(r.rejected).toBe(1);
	});
	it('round-trips through its tidy file', () => expect(importTidy(aiExposureCodec, writeTidy(aiExposureCodec, r.rows), 'x.csv').rows).toEqual(r.rows));
});

describe('tomlinsonRows', () => {
	const text = 'SOC Code,title,ai_applicability_score\n11-1011,Chief Executives,0.1555\n29-2072,Medical Records Specialists,0.27060368865203227\n29-1071,Physician Assistants,x\n';
	const r = tomlinsonRows(text, 'soc.csv', (soc) => soc === '29-2072');
	it('percentile among the file, rows kept after ranking', () => {
		expect(r.rows).toEqual([{ soc: '29-2072', title: 'Medical Records Specialists', score: 0.27060368865203227, percentile: 75 }]);
		expect(r.problems[0]).toMatchObject({ kind: 'notNumber', value: 'x' });
	});
	it('round-trips', () => expect(importTidy(aiApplicabilityCodec, writeTidy(aiApplicabilityCodec, r.rows), 'x.csv').rows).toEqual(r.rows));
});

describe('dingelNeimanRows', () => {
	const text = 'OCC_CODE,OES_TITLE,teleworkable\n29-2071,Medical Records and Health Information Technicians,1\n29-1141,Registered Nurses,0\n29-1069,"Physicians and Surgeons, All Other",.10460152\n';
	const r = dingelNeimanRows(text, 'blscodes.csv', ['29-2072', '29-9021', '29-1141', '29-2036']);
	it('gives 2018 codes their 2010 classification through the stated crosswalk, and leaves the rest out', () => {
		expect(r.rows.map((x) => [x.soc, x.soc2010, x.teleworkable, x.how])).toEqual([
			['29-2072', '29-2071', 1, 'split'],
			['29-9021', '29-2071', 1, 'split'],
			['29-1141', '29-1141', 0, 'same']
		]);
		expect(r.problems).toEqual([]);
	});
	it('round-trips', () => expect(importTidy(teleworkCodec, writeTidy(teleworkCodec, r.rows), 'x.csv').rows).toEqual(r.rows));
});
