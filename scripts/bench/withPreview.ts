/** Serves the built site with `vite preview` while `run` runs, on E2E_PORT (as the browser tests do) or the first free port from 4300. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { firstFreePort, portIsFree } from '../freePort';

const root = join(import.meta.dirname, '..', '..');

export async function withPreview<T>(run: (base: string) => Promise<T>): Promise<T> {
	const port = Number(process.env.E2E_PORT) || (await firstFreePort(4300, portIsFree));
	if (!port) throw new Error('No free port from 4300 for the preview server');
	// Vite run by node itself, so that killing it stops the server (killing npx would leave vite serving an old build).
	const server = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
	const base = `http://localhost:${port}`;
	try {
		for (let i = 0; i < 100; i++) {
			try {
				if ((await fetch(base)).ok) break;
			} catch {
				await new Promise((r) => setTimeout(r, 200));
			}
		}
		return await run(base);
	} finally {
		server.kill();
	}
}
