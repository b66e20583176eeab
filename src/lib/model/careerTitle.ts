import type { Career } from '../data/schema';
import { rowsOfSoc } from './rowIndex';

/** The title careers.csv gives a SOC code; undefined when no career has the code. */
export const careerTitle = (careers: readonly Career[], soc: string): string | undefined => rowsOfSoc(careers, soc)[0]?.title;

const lookups = new WeakMap<readonly Career[], (soc: string) => string>();

/**
 * A title lookup for labels: a code no career has is shown as the code itself. One function per list of careers, so
 * a view built again from the same careers hands its readers the same lookup.
 */
export function titleLookup(careers: readonly Career[]): (soc: string) => string {
	let lookup = lookups.get(careers);
	if (!lookup) lookups.set(careers, (lookup = (soc) => careerTitle(careers, soc) ?? soc));
	return lookup;
}
