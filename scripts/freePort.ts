import { createServer } from 'node:net';

/** Whether nothing listens on the port (on any local address, as vite preview binds). */
export const portIsFree = (port: number, host = 'localhost') =>
	new Promise<boolean>((done) => {
		const server = createServer()
			.once('error', () => done(false))
			.once('listening', () => server.close(() => done(true)));
		server.listen(port, host);
	});

/** The first port from `start` that `isFree` accepts, trying `tries` ports; null when every one is taken. */
export async function firstFreePort(start: number, isFree: (port: number) => Promise<boolean>, tries = 20): Promise<number | null> {
	for (let port = start; port < start + tries; port++) if (await isFree(port)) return port;
	return null;
}
