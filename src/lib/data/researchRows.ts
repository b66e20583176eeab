import { percentileRanks } from '../model/percentileRank';
import { socOfOnet } from '../model/socOfOnet';
import { teleworkMatch } from '../model/teleworkCrosswalk';
import { parseSoc } from './parseCell';
import type { AiApplicability, AiExposure, Telework } from './researchCodecs';
import type { ImportResult } from './schema';
import { importTable } from './tableImporter';

const number = (s: string) => (s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : null);

/** Keeps `keep`'s rows of a whole file once the percentiles have been computed from all of them. */
const keepAfter = <T>(result: ImportResult<T>, keep: (r: T) => boolean): ImportResult<T> => ({ ...result, rows: result.rows.filter(keep) });

/**
 * Eloundou et al.'s occupation file (O*NET-SOC codes): beta exposure rated by GPT-4 and by people, each with its
 * percentile among every occupation in the file; then only the rows whose SOC code `keep` accepts.
 */
export function eloundouRows(text: string, file: string, keep: (soc: string) => boolean): ImportResult<AiExposure> {
	const cols = { code: ['O*NET-SOC Code'], title: ['Title'], gpt4: ['dv_rating_beta'], human: ['human_rating_beta'] };
	const read = importTable(text, file, cols, ['code', 'title', 'gpt4', 'human'], (get, fail) => {
		const soc = socOfOnet(get('code'));
		const gpt4 = number(get('gpt4'));
		const human = number(get('human'));
		if (!soc) return fail('code', 'Expected an O*NET-SOC code like 29-2072.00.', 'badCode');
		if (gpt4 === null) return fail('gpt4', 'Expected a share from 0 to 1.', 'notNumber');
		if (human === null) return fail('human', 'Expected a share from 0 to 1.', 'notNumber');
		return { soc, onetSoc: get('code').trim(), title: get('title'), gpt4Beta: gpt4, humanBeta: human, gpt4BetaPercentile: 0, humanBetaPercentile: 0 };
	});
	const gpt4 = percentileRanks(read.rows.map((r) => r.gpt4Beta));
	const human = percentileRanks(read.rows.map((r) => r.humanBeta));
	read.rows.forEach((r, i) => Object.assign(r, { gpt4BetaPercentile: gpt4[i], humanBetaPercentile: human[i] }));
	return keepAfter(read, (r) => keep(r.soc));
}

/** Tomlinson et al.'s SOC file: the AI applicability score with its percentile among every occupation in the file. */
export function tomlinsonRows(text: string, file: string, keep: (soc: string) => boolean): ImportResult<AiApplicability> {
	const read = importTable(text, file, { soc: ['SOC Code'], title: ['title'], score: ['ai_applicability_score'] }, ['soc', 'title', 'score'], (get, fail) => {
		const soc = parseSoc(get('soc'));
		const score = number(get('score'));
		if (!soc) return fail('soc', 'Expected a SOC code like 29-2072.', 'badCode');
		if (score === null) return fail('score', 'Expected a score from 0 to 1.', 'notNumber');
		return { soc, title: get('title'), score, percentile: 0 };
	});
	const ranks = percentileRanks(read.rows.map((r) => r.score));
	read.rows.forEach((r, i) => (r.percentile = ranks[i]!));
	return keepAfter(read, (r) => keep(r.soc));
}

/** Dingel & Neiman's SOC 2010 classification, given to each SOC 2018 code in `socs2018` through the stated crosswalk. */
export function dingelNeimanRows(text: string, file: string, socs2018: readonly string[]): ImportResult<Telework> {
	const read = importTable(text, file, { soc: ['OCC_CODE'], title: ['OES_TITLE'], value: ['teleworkable'] }, ['soc', 'title', 'value'], (get, fail) => {
		const soc = parseSoc(get('soc'));
		const value = number(get('value'));
		if (!soc) return fail('soc', 'Expected a SOC 2010 code like 29-2071.', 'badCode');
		if (value === null || value < 0 || value > 1) return fail('value', 'Expected 0, 1 or a share between.', 'notNumber');
		return { soc, title: get('title'), value };
	});
	const by2010 = new Map(read.rows.map((r) => [r.soc, r]));
	const rows: Telework[] = [];
	for (const soc of socs2018) {
		const match = teleworkMatch(soc, new Set(by2010.keys()));
		if (!match) continue;
		const r = by2010.get(match.soc2010)!;
		rows.push({ soc, soc2010: match.soc2010, title2010: r.title, teleworkable: r.value, how: match.how, splitInto: match.splitInto });
	}
	return { ...read, rows };
}
