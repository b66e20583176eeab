import { describe, expect, it } from 'vitest';
import { paybackCareers } from '../../../src/lib/model/paybackCareers';
import { viewDataset } from '../../fixtures/model/viewDataset';

const ds = viewDataset();

describe('paybackCareers', () => {
	it('gives each career its typical entry education and annual pay in the release, in the order asked', () => {
		expect(paybackCareers(ds, ['29-1071', '29-2072'], 'oews-national-2025').map((c) => [c.soc, c.title, c.education, c.pay?.median])).toEqual([
			['29-1071', 'Physician Assistants', "Master's degree", 135880],
			['29-2072', 'Medical Records Specialists', 'Postsecondary nondegree award', 51140]
		]);
	});

	it('keeps a career without pay in the release (null pay) and leaves out a code no career has', () => {
		expect(paybackCareers(ds, ['29-2033', '99-9999'], 'oews-national-2024').map((c) => [c.soc, c.pay])).toEqual([['29-2033', null]]);
	});

	it('a career without a projection has no education', () => {
		const noProjection = { ...ds, projections: ds.projections.filter((p) => p.soc !== '29-2072') };
		expect(paybackCareers(noProjection, ['29-2072'], 'oews-national-2025')[0].education).toBe('');
	});
});
