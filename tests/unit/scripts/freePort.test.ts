import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { firstFreePort, portIsFree } from '../../../scripts/freePort';

describe('firstFreePort', () => {
	const taken = (busy: number[]) => async (port: number) => !busy.includes(port);
	it.each([
		[4173, [], 4173],
		[4173, [4173], 4174],
		[4173, [4173, 4174, 4175], 4176],
		[4173, Array.from({ length: 20 }, (_, i) => 4173 + i), null]
	])('from %i with %j taken → %s', async (start, busy, port) => {
		expect(await firstFreePort(start, taken(busy))).toBe(port);
	});
});

describe('portIsFree', () => {
	it('says a port with a listener is taken, and free once it closes', async () => {
		const server = createServer();
		await new Promise<void>((done) => server.listen(0, 'localhost', done));
		const { port } = server.address() as { port: number };
		expect(await portIsFree(port)).toBe(false);
		await new Promise<void>((done) => server.close(() => done()));
		expect(await portIsFree(port)).toBe(true);
	});
});
