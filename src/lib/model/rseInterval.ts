import type { Figure } from '../data/schema';

/**
 * The 95% interval a BLS relative standard error gives: the value ±1.96 × RSE (RSE in percent of the value).
 * Null unless both are published numbers; BLS publishes RSEs for employment and the mean wage only, not percentiles.
 */
export function rseInterval(value: Figure, rse: Figure): { low: number; high: number } | null {
	if (typeof value !== 'number' || typeof rse !== 'number') return null;
	const half = 1.96 * (rse / 100) * value;
	return { low: value - half, high: value + half };
}
