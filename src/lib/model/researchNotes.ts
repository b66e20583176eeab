/** The fixed words the app shows beside O*NET text and the research measures: attribution, meaning and sources. */

/** The CC BY 4.0 attribution O*NET asks for on every page that shows its text. */
export const ONET_ATTRIBUTION =
	'This page includes information from the O*NET 30.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.';
export const ONET_TRADEMARK = 'O*NET® is a trademark of USDOL/ETA.';

export const ELOUNDOU_SOURCE =
	'Eloundou, Manning, Mishkin & Rock, “GPTs are GPTs: Labor market impact potential of LLMs”, Science 384 (2024); occupation file from openai/GPTs-are-GPTs (MIT licence, © 2024 OpenAI).';
export const TOMLINSON_SOURCE =
	'Tomlinson, Jaffe, Wang, Counts & Suri (Microsoft Research), “Working with AI: Measuring the Occupational Implications of Generative AI” (2025); scores from microsoft/working-with-ai (CC BY 4.0).';
export const DINGEL_NEIMAN_SOURCE =
	'Dingel & Neiman, “How many jobs can be done at home?”, Journal of Public Economics 189 (2020); classification from jdingel/DingelNeiman-workathome.';

/** What the AI measures mean and do not mean, in one plain sentence each. */
export const AI_MEANING =
	'These are research estimates of how much of an occupation’s tasks language models such as GPT-4 could help with (Eloundou et al.: share of tasks exposed, “beta”, rated by GPT-4 and by people) or were seen helping with in Bing Copilot conversations (Microsoft’s AI applicability score).';
export const AI_NOT_MEANING = 'They measure exposure of tasks, not a forecast of job loss, lower pay or fewer openings: exposed work may change rather than disappear.';

export const TELEWORK_MEANING =
	'Dingel & Neiman classify whether an occupation’s tasks can be done at home, from O*NET work-context answers. It is a classification of tasks, not a count of people working remotely.';

/** Source programs of O*NET and the research measures in sources.csv (listed together on /about). */
export const RESEARCH_PROGRAMS = ['O*NET', 'Research estimate', 'Research classification'];
