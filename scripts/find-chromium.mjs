/**
 * Finds a Chromium for the e2e tests, in this order: CHROMIUM_PATH, /usr/bin/chromium, Playwright's own
 * browser if one is installed. With --install, and none found, installs Debian's chromium when running as
 * root where apt-get exists; otherwise exits with a message saying how to get one.
 * Prints the executable's path on stdout.
 */
import fs from 'node:fs';
import { execSync } from 'node:child_process';

const SYSTEM = '/usr/bin/chromium';

export async function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (fs.existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
	}
	if (fs.existsSync(SYSTEM)) return SYSTEM;
	try {
		const { chromium } = await import('@playwright/test');
		const own = chromium.executablePath();
		if (own && fs.existsSync(own)) return own;
	} catch {
		// Playwright not installed or no browser downloaded: fall through.
	}
	return null;
}

function canApt() {
	try {
		execSync('command -v apt-get', { stdio: 'ignore' });
		return typeof process.getuid === 'function' && process.getuid() === 0;
	} catch {
		return false;
	}
}

const HOW_TO =
	'No Chromium found for the end-to-end tests. Install one, then run the tests again:\n' +
	'  Debian/Ubuntu:  sudo apt-get install -y chromium     (binary /usr/bin/chromium)\n' +
	'  any system:     set CHROMIUM_PATH=/path/to/chromium or chrome\n' +
	'  or:             npx playwright install chromium      (where downloads are allowed)';

if (import.meta.url === `file://${process.argv[1]}`) {
	let found = await findChromium();
	if (!found && process.argv.includes('--install')) {
		if (!canApt()) {
			console.error(HOW_TO);
			process.exit(1);
		}
		console.error('No Chromium found; installing Debian package "chromium" with apt-get ...');
		execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
			stdio: ['ignore', 'ignore', 'inherit']
		});
		found = await findChromium();
	}
	if (!found) {
		console.error(HOW_TO);
		process.exit(1);
	}
	console.log(found);
}
