import { describe, expect, it } from 'vitest';
import { handoutView } from '../../../src/lib/views/handoutView';
import { viewDataset } from '../../fixtures/model/viewDataset';

const ds = viewDataset();
const links = { career: (soc: string) => `/career/${soc}`, compare: '/compare' };
const view = (search: string) => handoutView(ds, new URLSearchParams(search), links);

describe('handoutView', () => {
	it('prints one career beside two related careers, with its key figures from May 2025', () => {
		const v = view('?career=29-2072');
		expect(v.career?.soc).toBe('29-2072');
		expect(v.compare.filters).toMatchObject({ careers: ['29-2072', '11-9111', '13-1041'], ref: '29-2072', release: '2025' });
		expect(v.single).toMatchObject({ median: '$51,140', per: 'a year', range: '$37,000 – $81,150', jobs: '194,720', growth: '+7.1%', outlook: 'above the 3.1% for all occupations', openings: '14,200', training: 'Postsecondary nondegree award' });
		expect([v.title, v.zoom, v.withTraining, v.back, v.backLabel, v.invalid]).toEqual(['Medical Records Specialists (SOC 29-2072)', 0.8, true, '/career/29-2072', 'career page', []]);
	});

	it('keeps the other choices of the address for one career (release, pay unit)', () => {
		const v = view('?career=29-2033&release=2024&pay=hourly');
		expect(v.compare.filters).toMatchObject({ careers: ['29-2033', '29-2072'], ref: '29-2033', release: '2024', basis: 'hourly' });
		// Nuclear medicine technologists have no May 2024 row here; the coder's May 2024 hourly median is $24.16.
		expect([v.single?.median, v.facts[1].median, v.per]).toEqual(['not in OEWS May 2024', '$24.16', 'an hour']);
	});

	it('an unknown career: the default comparison and a notice', () => {
		const v = view('?career=99-9999');
		expect(v.career).toBeUndefined();
		expect(v.single).toBeUndefined();
		expect(v.invalid).toEqual(['Unknown career code "99-9999"']);
		expect(v.compare.filters.careers).toEqual(['29-2072', '29-2033', '29-1071']);
		expect([v.title, v.back, v.backLabel]).toEqual(['Comparing 3 careers: pay, outlook and training', '/compare', 'comparison']);
	});

	it.each([
		['three careers keep the training chart', '29-2072,29-2033,29-1071', true, 0.72],
		['four drop it', '29-2072,29-2033,29-1071,29-9021', false, 0.75],
		['five or six shrink further', '29-2072,29-2033,29-1071,29-9021,11-9111', false, 0.68]
	])('a comparison: %s', (_n, careers, withTraining, zoom) => {
		const v = view(`?careers=${careers}`);
		expect([v.withTraining, v.zoom, v.facts.length]).toEqual([withTraining, zoom, careers.split(',').length]);
		expect(v.back).toBe(careers === '29-2072,29-2033,29-1071' ? '/compare' : `/compare?careers=${careers}`);
	});

	it('names the projections it prints, and their defaults without a projections source', () => {
		expect(view('').projections).toEqual({ period: '2024–34', link: ' (https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm)', asOf: '2024-09-01' });
		const noEp = { ...ds, sources: ds.sources.filter((s) => s.id !== 'ep-2024-34') };
		expect(handoutView(noEp, new URLSearchParams(), links).projections).toEqual({ period: '2024–34', link: '', asOf: '2024-09-01' });
	});
});
