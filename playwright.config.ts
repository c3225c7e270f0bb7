import { defineConfig } from '@playwright/test';

const PORT = 4173;
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	globalSetup: './tests/e2e/global-setup.ts',
	webServer: {
		// The real production server (adapter-node) on a fresh database per run.
		command: 'npm run build && rm -rf e2e-data && node scripts/start.js',
		url: baseURL,
		timeout: 300_000,
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe',
		env: { PORT: String(PORT), ORIGIN: baseURL, DATABASE_PATH: 'e2e-data/vignet.db' }
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
