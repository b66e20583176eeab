/**
 * The CPU slowdown Lighthouse's documentation (docs/throttling.md, "Calibrating the CPU slowdown") suggests for a
 * host's `benchmarkIndex`, so that a run emulates the mid-tier mobile phone its mobile preset stands for:
 * high-end desktop (1500 and up) 4×, low-end desktop (1000–1500) 2×, high-end mobile (800–1000 here; the
 * table's bracket is 800–1200 and overlaps the desktop one) 2×, mid-tier mobile (125–800) and slower 1×.
 * The table gives a range for each bracket; this takes the suggested middle value, as the document says to
 * when a host is not at either end of its bracket.
 */
export interface CpuSlowdown {
	/** The multiplier to pass as `throttling.cpuSlowdownMultiplier`. */
	multiplier: number;
	/** The device class of the host, in the document's words. */
	hostClass: string;
}

const BRACKETS: [minIndex: number, multiplier: number, hostClass: string][] = [
	[1500, 4, 'high-end desktop'],
	[1000, 2, 'low-end desktop'],
	[800, 2, 'high-end mobile'],
	[125, 1, 'mid-tier mobile'],
	[0, 1, 'low-end mobile']
];

export function cpuSlowdownFor(benchmarkIndex: number): CpuSlowdown {
	const [, multiplier, hostClass] = BRACKETS.find(([min]) => benchmarkIndex >= min) ?? BRACKETS[BRACKETS.length - 1];
	return { multiplier, hostClass };
}
