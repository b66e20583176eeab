/** data/cpi-u.csv (under 1 KB), fetched by pages that can show constant dollars. */
import cpiUrl from '$data/cpi-u.csv?url';
import { cpiCodec, type CpiYear } from './cpiCodec';
import { fetchText, rowsOf } from './loadDataset';
import { importTidy } from './tidyCodecs';

const FILE = { name: 'cpi-u.csv', url: cpiUrl };

export const loadCpi = async (fetch: typeof globalThis.fetch): Promise<CpiYear[]> => rowsOf(importTidy(cpiCodec, await fetchText(fetch, FILE), FILE.name));
