import { describe, expect, it } from 'vitest';
import { formatPercentile, formatScore, formatShare } from '../../../src/lib/model/formatResearch';

describe('formatResearch', () => {
	it.each<[string, string]>([
		[formatShare(0.6176470588235294), '0.618'],
		[formatShare(0), '0.000'],
		[formatScore(0.27060368865203227), '0.2706'],
		[formatPercentile(87.5), '88th percentile'],
		[formatPercentile(1), '1st percentile'],
		[formatPercentile(12), '12th percentile'],
		[formatPercentile(22.4), '22nd percentile'],
		[formatPercentile(100), '100th percentile'],
		[formatPercentile(0), '0th percentile']
	])('%s = %s', (got, want) => expect(got).toBe(want));
});
