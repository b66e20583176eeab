import type { TidyCodec } from './tidyCodecs';
import { writeCsv } from './writeCsv';

/** Writes records with a codec's column order (kept apart from the codecs: pages read tidy files, only scripts write them). */
export const writeTidy = <C extends string, T>(codec: TidyCodec<C, T>, records: readonly T[]) =>
	writeCsv(codec.columns, records.map(codec.encode));
