import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../src/lib/charts/wrapLabel';

describe('wrapLabel', () => {
	it.each([
		['Medical Records Specialists', 30, 2, ['Medical Records Specialists']],
		// Wrapped at a space: both words kept, no "Medical Recor…".
		['Medical Records Specialists', 16, 2, ['Medical Records', 'Specialists']],
		['of which: General Medical and Surgical Hospitals', 38, 3, ['of which: General Medical and Surgical', 'Hospitals']],
		// Past the last line the rest joins it and is cut there.
		['Health Information Technologists and Medical Registrars', 16, 2, ['Health', 'Information Tec…']],
		['Alpha Beta Gamma Delta Epsilon Zeta Eta Theta', 11, 3, ['Alpha Beta', 'Gamma Delta', 'Epsilon Ze…']],
		// A single word longer than the line is cut, never drawn past the edge.
		['Otorhinolaryngologists', 10, 2, ['Otorhinol…']],
		['Nurse Anesthetists', 12, 1, ['Nurse Anest…']],
		['', 10, 2, []]
	])('%j in %i characters, %i lines', (text, chars, maxLines, lines) => expect(wrapLabel(text, chars, maxLines)).toEqual(lines));
});
