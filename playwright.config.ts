import net from 'node:net';
import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';
import { BROWSER_ARGS } from './tests/e2e/launch';

/** A port that nothing listens on now, chosen by the system (on every interface, so 127.0.0.1 too). */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, () => {
			const { port } = probe.address() as net.AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

/**
 * The e2e server gets a port of its own, never one that a dev server or an old build may already hold:
 * with a server never reused, the tests can only ever reach the one Playwright started from build/.
 * The main process picks the port; the workers load this file again and inherit it through E2E_PORT, so
 * they agree. Setting E2E_PORT to a busy port fails the run rather than testing whatever is there.
 */
export const PORT = Number(process.env.E2E_PORT || (await freePort()));
process.env.E2E_PORT = String(PORT);
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
		reuseExistingServer: false,
		timeout: 30_000
	}
});
