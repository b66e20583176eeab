import { describe, expect, it } from 'vitest';
import { teleworkMatch } from '../../../src/lib/model/teleworkCrosswalk';

const classified = new Set(['29-2071', '29-1141', '29-2041', '29-1061', '29-1069']);

describe('teleworkMatch', () => {
	it.each<[string, string, ReturnType<typeof teleworkMatch>]>([
		['coders take 29-2071, which was split', '29-2072', { soc2010: '29-2071', how: 'split', splitInto: ['29-2072', '29-9021'] }],
		['health information technologists take 29-2071 too', '29-9021', { soc2010: '29-2071', how: 'split', splitInto: ['29-2072', '29-9021'] }],
		['an unchanged code is its own', '29-1141', { soc2010: '29-1141', how: 'same', splitInto: [] }],
		['a one-to-one renumbering', '29-1211', { soc2010: '29-1061', how: 'renumbered', splitInto: [] }],
		['EMTs and paramedics from one 2010 code', '29-2043', { soc2010: '29-2041', how: 'split', splitInto: ['29-2040', '29-2042', '29-2043'] }],
		['a code made from part of an "all other" code is not guessed', '29-1212', null],
		['a 2018 code with no classification', '29-2036', null],
		['a mapped code whose 2010 code is absent from the file', '31-1131', null]
	])('%s', (_n, soc, expected) => expect(teleworkMatch(soc, classified)).toEqual(expected));
});
