/**
 * Finds Debian's pdftotext (package poppler-utils), which the editor uses to turn a PDF into text.
 * With --install, and none found, installs poppler-utils when running as root where apt-get exists
 * (as scripts/find-chromium.mjs installs Chromium); otherwise exits with a message saying how to get it.
 * With --khmer-fonts, also makes sure a Khmer font is there (fonts-noto-core), for the e2e test's PDF.
 * Prints pdftotext's path on stdout.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';

export function findPdftotext() {
	const fromEnv = process.env.PDFTOTEXT;
	if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
	try {
		return (
			execSync('command -v pdftotext', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() ||
			null
		);
	} catch {
		return null;
	}
}

/** Whether fontconfig knows a Khmer font (Chromium needs one to print Khmer into a PDF). */
export function hasKhmerFont() {
	try {
		return (
			execSync('fc-list :lang=km family', {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore']
			}).trim() !== ''
		);
	} catch {
		return false;
	}
}

function canApt() {
	try {
		execSync('command -v apt-get', { stdio: 'ignore' });
		return typeof process.getuid === 'function' && process.getuid() === 0;
	} catch {
		return false;
	}
}

function aptInstall(pkg) {
	console.error(`Installing Debian package "${pkg}" with apt-get ...`);
	execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`, {
		stdio: ['ignore', 'ignore', 'inherit']
	});
}

export const HOW_TO =
	'pdftotext was not found, so the editor cannot read PDFs (text files and pasted text still work).\n' +
	'Install it, then start the editor again:\n' +
	'  Debian/Ubuntu:  sudo apt-get install -y poppler-utils\n' +
	'  macOS:          brew install poppler\n' +
	'  any system:     set PDFTOTEXT=/path/to/pdftotext';

export const KHMER_HOW_TO =
	'No Khmer font found: Chromium would print Khmer as empty boxes. Install one:\n' +
	'  Debian/Ubuntu:  sudo apt-get install -y fonts-noto-core     (Noto Sans Khmer)';

if (import.meta.url === `file://${process.argv[1]}`) {
	let found = findPdftotext();
	const install = process.argv.includes('--install');
	if (!found && install && canApt()) {
		aptInstall('poppler-utils');
		found = findPdftotext();
	}
	if (!found) {
		console.error(HOW_TO);
		process.exit(1);
	}
	if (process.argv.includes('--khmer-fonts') && !hasKhmerFont()) {
		if (install && canApt()) aptInstall('fonts-noto-core');
		if (!hasKhmerFont()) {
			console.error(KHMER_HOW_TO);
			process.exit(1);
		}
	}
	console.log(found);
}
