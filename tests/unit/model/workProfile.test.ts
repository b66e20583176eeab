import { describe, expect, it } from 'vitest';
import type { OnetRow } from '../../../src/lib/data/onetRows';
import { workProfile } from '../../../src/lib/model/workProfile';

const row = (onetSoc: string, kind: OnetRow['kind'], text: string, detail = '', hot = false): OnetRow => ({ soc: onetSoc.slice(0, 7), onetSoc, kind, text, detail, hot });
const rows: OnetRow[] = [
	row('29-1071.01', 'occupation', 'Anesthesiologist Assistants', 'Assist anesthesiologists.'),
	row('29-1071.01', 'task', 'Monitor patients', 'Core'),
	row('29-1071.00', 'occupation', 'Physician Assistants', 'Provide care.'),
	row('29-1071.00', 'jobZone', '5'),
	row('29-1071.00', 'task', 'Supplemental one', 'Supplemental'),
	row('29-1071.00', 'task', 'Untyped', 'n/a'),
	row('29-1071.00', 'task', 'Core one', 'Core'),
	row('29-1071.00', 'task', 'Core two', 'Core'),
	row('29-1071.00', 'title', 'PA-C'),
	row('29-1071.00', 'technology', 'Notepad', 'Word processing software'),
	row('29-1071.00', 'technology', 'Zoom', 'Video software'),
	row('29-1071.00', 'technology', 'Epic', 'Medical software', true),
	row('29-1071.00', 'technology', 'Word', 'Word processing software', true),
	row('29-2072.00', 'occupation', 'Medical Records Specialists', 'Code.')
];

describe('workProfile', () => {
	const [pa, aa] = workProfile(rows, '29-1071');
	it('one profile per O*NET occupation under the SOC code, the .00 one first, each by name', () => {
		expect(workProfile(rows, '29-1071').map((p) => [p.onetSoc, p.title])).toEqual([
			['29-1071.00', 'Physician Assistants'],
			['29-1071.01', 'Anesthesiologist Assistants']
		]);
	});
	it('Core tasks before Supplemental, then untyped, each in file order', () => {
		expect(pa.tasks).toEqual([
			{ text: 'Core one', type: 'Core' },
			{ text: 'Core two', type: 'Core' },
			{ text: 'Supplemental one', type: 'Supplemental' },
			{ text: 'Untyped', type: '' }
		]);
	});
	it('job zone, titles and technology grouped by kind, hot technologies first', () => {
		expect([pa.jobZone, aa.jobZone, pa.titles]).toEqual([5, null, ['PA-C']]);
		expect(pa.technology.map((g) => [g.category, g.examples.map((e) => `${e.name}${e.hot ? '*' : ''}`)])).toEqual([
			['Word processing software', ['Word*', 'Notepad']],
			['Medical software', ['Epic*']],
			['Video software', ['Zoom']]
		]);
	});
	it('a code O*NET does not cover gives no profile', () => expect(workProfile(rows, '29-2010')).toEqual([]));
});
