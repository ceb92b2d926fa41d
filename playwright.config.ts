import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

export const PORT = Number(process.env.E2E_PORT ?? 4173);
const executablePath = (await findChromium()) ?? undefined;

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
			// Headless WebGL2 through SwiftShader needs the explicit opt-in since Chrome 139 (see shared NOTES §5).
			args: [
				'--enable-unsafe-swiftshader',
				'--ignore-gpu-blocklist',
				'--disable-background-networking',
				'--disable-component-update'
			]
		}
	},
	webServer: {
		command: `node scripts/serve.mjs build ${PORT}`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
