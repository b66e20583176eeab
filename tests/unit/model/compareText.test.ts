import { describe, expect, it } from 'vitest';
import { compareText } from '../../../src/lib/model/compareText';

describe('compareText', () => {
	it('orders labels alphabetically, ignoring case', () => {
		expect(['Medical Assistants', 'Medical and Health Services Managers', 'dentists', 'Anesthesiologists'].sort(compareText)).toEqual([
			'Anesthesiologists',
			'dentists',
			'Medical and Health Services Managers',
			'Medical Assistants'
		]);
	});
	it('orders codes and ISO dates as text', () => {
		expect(['622100', '31-33', '62', '524100'].sort(compareText)).toEqual(['31-33', '524100', '62', '622100']);
		expect(['2025-05-01', '2020-05-01', '2023-05-01'].sort(compareText)).toEqual(['2020-05-01', '2023-05-01', '2025-05-01']);
	});
	it('is a total order: equal only for the same text', () => {
		expect(compareText('Alaska', 'Alaska')).toBe(0);
		expect(Math.sign(compareText('alaska', 'Alaska'))).toBe(-Math.sign(compareText('Alaska', 'alaska')));
		expect(compareText('alaska', 'Alaska')).not.toBe(0);
	});
});
