import { CERTIFICATION_SOURCE_ID } from '../data/certifications';
import type { Source } from '../data/schema';
import { sourceById } from '../model/dataset';

/** The facts file's own sentence on the requirements it found no public source for (sources.csv notes); "" without one. */
export const credentialGaps = (sources: readonly Source[]): string => sourceById(sources, CERTIFICATION_SOURCE_ID)?.notes.match(/No public source[^.]*\./)?.[0] ?? '';
