import type { Career } from '../data/schema';

/**
 * Careers near one code: the rest of its group for coding roles, otherwise the same SOC minor group
 * (first four digits, e.g. 29-20xx), in code order; the reference row is never "related".
 */
export function relatedCareers(careers: readonly Career[], soc: string, max = 5): Career[] {
	const self = careers.find((c) => c.soc === soc);
	if (!self) return [];
	const sameGroup = (c: Career) => (self.group === 'coding' ? c.group === 'coding' : c.soc.slice(0, 5) === soc.slice(0, 5));
	return careers.filter((c) => c.soc !== soc && c.group !== 'reference' && sameGroup(c)).slice(0, max);
}
