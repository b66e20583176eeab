import type { Career } from '../data/schema';
import { rowsOfSoc } from './rowIndex';

/** The title careers.csv gives a SOC code; undefined when no career has the code. */
export const careerTitle = (careers: readonly Career[], soc: string): string | undefined => rowsOfSoc(careers, soc)[0]?.title;

/** A title lookup for labels: a code no career has is shown as the code itself. */
export const titleLookup =
	(careers: readonly Career[]) =>
	(soc: string): string =>
		careerTitle(careers, soc) ?? soc;
