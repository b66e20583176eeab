import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download its own browser here; scripts/ensure-browser.sh finds (or installs) one
// and scripts/test-all.sh passes it in as CHROMIUM_PATH.
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// E2E_PORT lets scripts/test-all.sh avoid a preview server someone else left on 4173: SvelteKit's preview
// lists the build's files when it starts, so an older server 404s the assets of a newer build.
const port = Number(process.env.E2E_PORT || 4173);
const baseURL = `http://localhost:${port}`;
const launchOptions = {
	executablePath,
	// Without the background-networking flags Chromium keeps dialling out on this closed network.
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run']
};

export default defineConfig({
	testDir: 'tests/e2e',
	// Keep Playwright's artifacts in their own folder: it empties outputDir at start, and
	// test-results/ also holds the unit suite's JSON report.
	outputDir: 'test-results/e2e-artifacts',
	timeout: 30_000,
	expect: { timeout: 5_000 },
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			grepInvert: /@quiet/,
			use: { ...devices['Desktop Chrome'], launchOptions }
		},
		{
			// Responsiveness is measured alone, after every other test, so no parallel test loads the CPU.
			name: 'quiet',
			grep: /@quiet/,
			dependencies: ['chromium'],
			use: { ...devices['Desktop Chrome'], launchOptions }
		}
	],
	// The site is built beforehand (scripts/test-all.sh runs `npm run build`); this only serves it.
	webServer: {
		command: port === 4173 ? 'npm run preview' : `npm run preview -- --port ${port}`,
		url: baseURL,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
