import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';
import { BROWSER_ARGS } from './tests/e2e/launch';

export const PORT = Number(process.env.E2E_PORT ?? 4173);
const executablePath = (await findChromium()) ?? undefined;
// Workers inherit it, for the tests that launch with other flags.
if (executablePath) process.env.CHROMIUM_PATH = executablePath;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: process.env.CI ? 1 : 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: (process.env.PW_REPORTER ?? 'list').split(',').map((name) => [name] as [string]),
	use: {
		baseURL: `http://localhost:${PORT}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: {
			executablePath,
			args: BROWSER_ARGS
		}
	},
	webServer: {
		command: `node scripts/serve.mjs build ${PORT}`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
