/** data/bea-rpp-2023.csv: 51 rows, under 1 KB, so bundled rather than fetched. */
import rppCsv from '$data/bea-rpp-2023.csv?raw';
import type { StatePriceParity } from './beaRpp';
import { rppCodec } from './rppCodec';
import { importTidy } from './tidyCodecs';

export const PARITIES: readonly StatePriceParity[] = importTidy(rppCodec, rppCsv, 'bea-rpp-2023.csv').rows;
