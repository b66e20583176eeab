import { describe, expect, it } from 'vitest';
import { missingReleases } from '../../../src/lib/model/missingReleases';

describe('missingReleases', () => {
	it.each([
		['the shipped releases', ['2020', '2021', '2023', '2024', '2025'], 'No May 2022 release is in this data.'],
		['two gaps', ['2019', '2021', '2023'], 'No May 2020 and May 2022 releases are in this data.'],
		['three gaps', ['2018', '2022'], 'No May 2019, May 2020 and May 2021 releases are in this data.'],
		['no gap', ['2023', '2024', '2025'], ''],
		['one release', ['2025'], ''],
		['none', [], ''],
		['an imported file is ignored', ['2024', 'import-abc123-national', '2025'], ''],
		['repeats and order do not matter', ['2025', '2023', '2025'], 'No May 2024 release is in this data.']
	])('%s', (_n, years, text) => expect(missingReleases(years)).toBe(text));
});
