import { describe, expect, it } from 'vitest';
import { trainingSource } from '../../../src/lib/views/trainingSource';

describe('trainingSource', () => {
	it.each([
		['May 2024', false],
		['May 2025', true],
		['May 2023', true]
	])('page release %s: says why the pay differs: %s', (release, says) => {
		const line = trainingSource(release);
		expect(line).toMatch(/^U\.S\. Bureau of Labor Statistics, Employment Projections 2024–34 \(Table 1\.2\)/);
		expect(line.includes(`not the ${release} one`)).toBe(says);
	});
});
