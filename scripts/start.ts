// `npm start` after the build: serves build/ on PORT (default 4173), or on the next free port when that one is
// taken, and says which, so a preview someone left running never makes `npm start` fail.
import { spawn } from 'node:child_process';
import { firstFreePort, portIsFree } from './freePort';

const wanted = Number(process.env.PORT || 4173);
const port = await firstFreePort(wanted, (p) => portIsFree(p));
if (port === null) {
	console.error(`Ports ${wanted}–${wanted + 19} are all in use. Free one, or choose another: PORT=5000 npm start`);
	process.exit(1);
}
if (port !== wanted) console.log(`Port ${wanted} is in use (perhaps another preview), so the dashboard is served on ${port} instead. Choose one with PORT=5000 npm start.`);
console.log(`Serving the dashboard at http://localhost:${port}/ (Ctrl+C stops it)`);
const preview = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'inherit' });
preview.on('exit', (code) => process.exit(code ?? 0));
