import type { Career } from '../data/schema';

/** The careers a view shows, and what was asked for but cannot be shown. */
export interface CareerChoice {
	/** Known careers in the order asked, each once, at most `max`. */
	careers: Career[];
	/** Codes that name no known career, as given (trimmed), each once; for the URL notice. */
	invalid: string[];
	/** Known codes left out because `max` was reached, each once. */
	overLimit: string[];
}

/**
 * Resolves requested SOC codes (e.g. from the URL) to careers: keeps order, drops repeats and blanks,
 * and reports unknown codes instead of silently ignoring them. Codes are compared as trimmed strings.
 */
export function chooseCareers(careers: readonly Career[], socs: readonly string[], max = 6): CareerChoice {
	const bySoc = new Map(careers.map((c) => [c.soc, c]));
	const seen = new Set<string>();
	const choice: CareerChoice = { careers: [], invalid: [], overLimit: [] };
	for (const raw of socs) {
		const soc = raw.trim();
		if (!soc || seen.has(soc)) continue;
		seen.add(soc);
		const career = bySoc.get(soc);
		if (!career) choice.invalid.push(soc);
		else if (choice.careers.length < Math.max(0, max)) choice.careers.push(career);
		else choice.overLimit.push(soc);
	}
	return choice;
}
