/**
 * SOC 2018 codes in this dashboard that are not SOC 2010 codes, with the one SOC 2010 code each came from
 * (BLS 2010-to-2018 SOC crosswalk). Dingel & Neiman classified SOC 2010 codes, so a 2018 code is given its
 * 2010 code's classification only where that code is the 2018 code's only origin. Codes made from several
 * 2010 codes, or from part of an "all other" code, are left unclassified rather than guessed.
 */
export const SOC_2010_OF_2018: Record<string, string> = {
	// 29-2071 Medical Records and Health Information Technicians was split in two.
	'29-2072': '29-2071',
	'29-9021': '29-2071',
	'29-1211': '29-1061',
	'29-1215': '29-1062',
	'29-1216': '29-1063',
	'29-1218': '29-1064',
	'29-1221': '29-1065',
	'29-1223': '29-1066',
	'29-1292': '29-2021',
	'29-2040': '29-2041',
	'29-2042': '29-2041',
	'29-2043': '29-2041',
	'31-1131': '31-1014',
	'31-1132': '31-1015',
	'31-1133': '31-1013'
};

/** How a SOC 2018 code got its SOC 2010 classification. */
export interface TeleworkMatch {
	soc2010: string;
	/** "same": the code is unchanged; "split": the 2010 code became several 2018 codes; "renumbered": one to one under a new code. */
	how: 'same' | 'split' | 'renumbered';
	/** Every 2018 code the 2010 code became, when it was split. */
	splitInto: string[];
}

/** The SOC 2010 code whose classification a SOC 2018 code takes, or null when none does (see SOC_2010_OF_2018). */
export function teleworkMatch(soc2018: string, classified: ReadonlySet<string>): TeleworkMatch | null {
	const from = SOC_2010_OF_2018[soc2018];
	if (from !== undefined) {
		if (!classified.has(from)) return null;
		const splitInto = Object.keys(SOC_2010_OF_2018).filter((k) => SOC_2010_OF_2018[k] === from);
		return { soc2010: from, how: splitInto.length > 1 ? 'split' : 'renumbered', splitInto: splitInto.length > 1 ? splitInto : [] };
	}
	return classified.has(soc2018) ? { soc2010: soc2018, how: 'same', splitInto: [] } : null;
}
