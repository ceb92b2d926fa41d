#!/usr/bin/env node
/**
 * npm run package:offline — the site as a folder a presenter copies to a laptop and runs with no
 * internet: offline/mekong-corridors/ holds the built site (site/), the small server (serve.mjs, Node
 * only, no dependencies) and START-HERE.txt. Options: --skip-build (use build/ as it is), --out DIR.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const out = path.resolve(outFlag >= 0 ? args[outFlag + 1] : 'offline/mekong-corridors');
const root = path.resolve(import.meta.dirname, '..');

if (!args.includes('--skip-build')) execSync('npx vite build', { cwd: root, stdio: 'inherit' });
const build = path.join(root, 'build');
if (!fs.existsSync(path.join(build, 'index.html'))) {
	console.error('No build/ to package: run npm run build first, or leave out --skip-build.');
	process.exit(1);
}

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
fs.cpSync(build, path.join(out, 'site'), { recursive: true });
fs.copyFileSync(path.join(root, 'scripts', 'serve.mjs'), path.join(out, 'serve.mjs'));
fs.writeFileSync(
	path.join(out, 'START-HERE.txt'),
	`Mekong Migration Corridors, offline copy for workshops
======================================================

Needs Node.js 18 or newer on this computer (https://nodejs.org; install it while you are online).
No internet is needed to run it.

1. Open a terminal in this folder.
2. Run:   node serve.mjs
3. Open:  http://localhost:4173/present   (the presentations)
          http://localhost:4173/          (the map)

Another port: node serve.mjs site 8080
Keys in a presentation: Right, Down, Page Down, Space or Enter go forward; Left, Up, Page Up or
Backspace go back; Home and End jump to the first and last step; F toggles full screen.
The speaker view (notes, next step, clock) opens from the presentations list in a second window.
`
);
const files = fs.readdirSync(path.join(out, 'site'), { recursive: true }).length;
console.log(
	`Offline package written to ${out} (${files} files). Run: node ${path.relative(process.cwd(), path.join(out, 'serve.mjs'))}`
);
