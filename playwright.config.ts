import { defineConfig } from '@playwright/test';

// E2E_PORT lets two runs (e.g. two developers' work trees on one machine) proceed side by side:
// each gets its own port, build folder and database.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${PORT}`;
process.env.E2E_BASE_URL = baseURL;
const suffix = PORT === 4173 ? '' : `-${PORT}`;
const buildEnv = { VIGNET_BUILD_DIR: `build${suffix}`, VIGNET_KIT_DIR: `.svelte-kit${suffix}` };

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: `test-results${suffix}`,
	fullyParallel: true,
	workers: process.env.CI ? 2 : 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	globalSetup: './tests/e2e/global-setup.ts',
	webServer: {
		// The real production server (adapter-node) on a fresh database per run.
		command: `npm run build && rm -rf e2e-data${suffix} && node scripts/start.js`,
		url: baseURL,
		timeout: 300_000,
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe',
		env: { ...buildEnv, PORT: String(PORT), ORIGIN: baseURL, DATABASE_PATH: `e2e-data${suffix}/vignet.db` }
	},
	use: {
		baseURL,
		locale: 'da-DK',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'chromium', use: { browserName: 'chromium' }, testIgnore: '**/instance-admin.e2e.ts' },
		// Closing registration affects every test that registers, so it runs after all the others.
		{ name: 'instance-admin', use: { browserName: 'chromium' }, testMatch: '**/instance-admin.e2e.ts', dependencies: ['chromium'] }
	]
});
