import { describe, expect, it } from 'vitest';
import { EXPLORER_COLUMNS, COLUMN_BY_ID } from '../../../src/lib/model/explorerColumns';
import { firstDirection, sortAfterClick, sortChoices } from '../../../src/lib/views/explorerSort';

describe('firstDirection', () => {
	it.each([
		['median', 'desc'],
		['employment_rse', 'desc'],
		['percent_change', 'desc'],
		['education', 'asc'],
		['group', 'asc'],
		['title', 'asc'],
		['soc', 'asc'],
		['no-such-key', 'asc']
	])('%s starts %s', (key, dir) => expect(firstDirection(key)).toBe(dir));
});

describe('sortAfterClick', () => {
	it.each([
		[{ sort: 'soc', dir: 'asc' }, 'median', { sort: 'median', dir: 'desc' }],
		[{ sort: 'median', dir: 'desc' }, 'median', { sort: 'median', dir: 'asc' }],
		[{ sort: 'median', dir: 'asc' }, 'median', { sort: 'median', dir: 'desc' }],
		[{ sort: 'median', dir: 'asc' }, 'title', { sort: 'title', dir: 'asc' }],
		[{ sort: 'title', dir: 'asc' }, 'title', { sort: 'title', dir: 'desc' }],
		[{ sort: 'soc', dir: 'desc' }, 'education', { sort: 'education', dir: 'asc' }]
	] as const)('from %o, a click on %s gives %o', (current, key, next) => expect(sortAfterClick(current, key)).toEqual(next));
});

describe('sortChoices', () => {
	it('offers title and SOC code, then the shown columns in their order', () => {
		const columns = ['median', 'education'].map((id) => COLUMN_BY_ID.get(id)!);
		expect(sortChoices(columns)).toEqual([
			{ value: 'title', label: 'Occupation' },
			{ value: 'soc', label: 'SOC code' },
			{ value: 'median', label: 'Median' },
			{ value: 'education', label: 'Typical entry education' }
		]);
	});
	it('with no columns shown, still the title and code', () => expect(sortChoices([]).map((c) => c.value)).toEqual(['title', 'soc']));
	it('a sort by a column not shown is offered last, said so; an unknown key is not offered', () => {
		const columns = [COLUMN_BY_ID.get('median')!];
		expect(sortChoices(columns, 'openings').at(-1)).toEqual({ value: 'openings', label: 'Openings a year (not shown)' });
		expect(sortChoices(columns, 'median')).toHaveLength(3);
		expect(sortChoices(columns, 'title')).toHaveLength(3);
		expect(sortChoices(columns, 'height')).toHaveLength(3);
	});
	it('every column can be offered, each once', () => {
		const values = sortChoices(EXPLORER_COLUMNS).map((c) => c.value);
		expect(new Set(values).size).toBe(values.length);
		expect(values).toHaveLength(EXPLORER_COLUMNS.length + 2);
	});
});
