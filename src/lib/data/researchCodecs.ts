import { parseSoc } from './parseCell';
import type { TidyCodec } from './tidyCodecs';

/** Eloundou et al. (2024) exposure of one O*NET occupation's tasks to GPT-4-class models: shares 0–1 (beta = E1 + 0.5·E2). */
export interface AiExposure {
	soc: string;
	onetSoc: string;
	title: string;
	/** Rated by GPT-4. */
	gpt4Beta: number;
	/** Rated by people. */
	humanBeta: number;
	/** Percentile rank among every occupation in the paper's file (0–100). */
	gpt4BetaPercentile: number;
	humanBetaPercentile: number;
}

/** Tomlinson et al. (Microsoft, 2025) AI applicability score of one SOC occupation, from Bing Copilot conversations. */
export interface AiApplicability {
	soc: string;
	title: string;
	score: number;
	/** Percentile rank among every occupation in the paper's file (0–100). */
	percentile: number;
}

/** Dingel & Neiman (2020): whether a SOC 2010 occupation's tasks can be done at home, given to a SOC 2018 code. */
export interface Telework {
	/** SOC 2018 code shown in this dashboard. */
	soc: string;
	soc2010: string;
	title2010: string;
	/** 1 = can be done at home, 0 = cannot; between, a share for an aggregated code. */
	teleworkable: number;
	/** How the 2018 code reached its 2010 code: same, split, renumbered. */
	how: 'same' | 'split' | 'renumbered';
	/** The 2018 codes a split 2010 code became. */
	splitInto: string[];
}

type Fail<C> = (c: C, r: string, k?: 'notNumber' | 'badCode') => null;

function num<C extends string>(get: (c: C) => string, fail: Fail<C>, c: C): number {
	const v = Number(get(c));
	return get(c).trim() !== '' && Number.isFinite(v) ? v : (fail(c, 'Expected a number.', 'notNumber') ?? 0);
}
const soc = <C extends string>(get: (c: C) => string, fail: Fail<C>, c: C) => parseSoc(get(c)) ?? (fail(c, 'Expected a SOC code like 29-2072.', 'badCode') ?? '');

type ExposureColumn = 'soc' | 'onet_soc' | 'title' | 'gpt4_beta' | 'human_beta' | 'gpt4_beta_percentile' | 'human_beta_percentile';
export const aiExposureCodec: TidyCodec<ExposureColumn, AiExposure> = {
	columns: ['soc', 'onet_soc', 'title', 'gpt4_beta', 'human_beta', 'gpt4_beta_percentile', 'human_beta_percentile'],
	encode: (r) => ({
		soc: r.soc,
		onet_soc: r.onetSoc,
		title: r.title,
		gpt4_beta: String(r.gpt4Beta),
		human_beta: String(r.humanBeta),
		gpt4_beta_percentile: String(r.gpt4BetaPercentile),
		human_beta_percentile: String(r.humanBetaPercentile)
	}),
	decode: (get, fail) => ({
		soc: soc(get, fail, 'soc'),
		onetSoc: get('onet_soc'),
		title: get('title'),
		gpt4Beta: num(get, fail, 'gpt4_beta'),
		humanBeta: num(get, fail, 'human_beta'),
		gpt4BetaPercentile: num(get, fail, 'gpt4_beta_percentile'),
		humanBetaPercentile: num(get, fail, 'human_beta_percentile')
	})
};

export const aiApplicabilityCodec: TidyCodec<'soc' | 'title' | 'score' | 'percentile', AiApplicability> = {
	columns: ['soc', 'title', 'score', 'percentile'],
	encode: (r) => ({ soc: r.soc, title: r.title, score: String(r.score), percentile: String(r.percentile) }),
	decode: (get, fail) => ({ soc: soc(get, fail, 'soc'), title: get('title'), score: num(get, fail, 'score'), percentile: num(get, fail, 'percentile') })
};

const HOWS = new Set(['same', 'split', 'renumbered']);
export const teleworkCodec: TidyCodec<'soc' | 'soc_2010' | 'title_2010' | 'teleworkable' | 'crosswalk' | 'split_into', Telework> = {
	columns: ['soc', 'soc_2010', 'title_2010', 'teleworkable', 'crosswalk', 'split_into'],
	encode: (r) => ({ soc: r.soc, soc_2010: r.soc2010, title_2010: r.title2010, teleworkable: String(r.teleworkable), crosswalk: r.how, split_into: r.splitInto.join('|') }),
	decode: (get, fail) => {
		const how = get('crosswalk') as Telework['how'];
		if (!HOWS.has(how)) fail('crosswalk', 'Expected same, split or renumbered.');
		return {
			soc: soc(get, fail, 'soc'),
			soc2010: soc(get, fail, 'soc_2010'),
			title2010: get('title_2010'),
			teleworkable: num(get, fail, 'teleworkable'),
			how,
			splitInto: get('split_into').split('|').filter(Boolean)
		};
	}
};
