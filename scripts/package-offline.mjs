#!/usr/bin/env node
/**
 * npm run package:offline — the site as a folder a presenter copies to a laptop and runs with no
 * internet: offline/mekong-corridors/ holds the built site (site/), the small server (serve.mjs, Node
 * only, no dependencies), START-HERE.txt and OPEN-ME.html (the same instructions, for someone who
 * double-clicks rather than opens a terminal: a double-clicked site/index.html cannot run the site's scripts).
 * Options: --skip-build (use build/ as it is), --from DIR (package that built site as it is instead of
 * build/), --out DIR (a folder that is neither empty nor an earlier package is refused, not replaced).
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Every word the presenter reads, in START-HERE.txt and OPEN-ME.html: to translate them, change only this.
// `...` marks a command or an address: printed as it is in START-HERE.txt, as code (an address also as a
// link) in OPEN-ME.html.
const TEXT = {
	lang: 'en',
	title: 'Mekong Migration Corridors, offline copy for workshops',
	needs:
		'You need Node.js 18 or newer on this computer: install it from `https://nodejs.org` while you are online. After that, no internet is needed.',
	why: "Double-clicking index.html in the site folder does not work: a browser does not run the site's scripts from files on the disk. Start the small server that comes in this folder instead, then open the site in your browser.",
	stepsHeading: 'How to start it',
	steps: [
		"Open a terminal in this folder. Windows: click the address bar of this folder's window, type `cmd` and press Enter. Mac: open Terminal (in Applications, Utilities), type `cd` and a space, drag this folder onto the Terminal window, and press Enter. Linux: right-click inside the folder and choose Open in Terminal.",
		'Type `node serve.mjs` and press Enter. Leave that window open while you present.',
		'In your browser, open `http://localhost:4173/present` for the presentations, or `http://localhost:4173/` for the map.'
	],
	notesHeading: 'Good to know',
	notes: [
		'To stop the server, press Ctrl+C in the terminal, or close it.',
		'If port 4173 is taken, use another one: `node serve.mjs site 8080`, then open `http://localhost:8080/present` in your browser.',
		'Keys in a presentation: Right, Down, Page Down, Space or Enter go forward; Left, Up, Page Up or Backspace go back; Home and End jump to the first and last step; F toggles full screen.',
		'The speaker view (notes, next step, clock) opens from the presentations list in a second window.'
	]
};

/** START-HERE.txt: plain text, wrapped for any editor. */
function startHereText() {
	const wrap = (text, first = '', rest = ' '.repeat(first.length)) => {
		const lines = [];
		for (const word of text.replaceAll('`', '').split(' ')) {
			const last = lines.length - 1;
			if (last >= 0 && lines[last].length + word.length < 100) lines[last] += ` ${word}`;
			else lines.push((last < 0 ? first : rest) + word);
		}
		return lines.join('\n');
	};
	return [
		TEXT.title,
		'='.repeat(TEXT.title.length),
		'',
		wrap(TEXT.needs),
		'',
		wrap(TEXT.why),
		'',
		`${TEXT.stepsHeading}:`,
		...TEXT.steps.map((step, i) => wrap(step, `${i + 1}. `)),
		'',
		`${TEXT.notesHeading}:`,
		...TEXT.notes.map((note) => wrap(note, '- ')),
		''
	].join('\n');
}

/** OPEN-ME.html: plain HTML with no script and nothing loaded from anywhere, so it opens from the disk. */
function openMeHtml() {
	const escape = (text) =>
		text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
	const rich = (text) =>
		escape(text).replace(/`([^`]+)`/g, (_, code) =>
			/^https?:\/\//.test(code) ? `<a href="${code}"><code>${code}</code></a>` : `<code>${code}</code>`
		);
	return `<!doctype html>
<html lang="${TEXT.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(TEXT.title)}</title>
<style>
body { font: 1.25rem/1.5 system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
code { font-size: 1.1em; background: #eee; padding: 0 0.25em; border-radius: 0.2em; }
li { margin-bottom: 0.75em; }
.needs { border-left: 0.3em solid #b45309; padding-left: 0.75em; }
</style>
</head>
<body>
<h1>${escape(TEXT.title)}</h1>
<p class="needs"><strong>${rich(TEXT.needs)}</strong></p>
<p>${rich(TEXT.why)}</p>
<h2>${escape(TEXT.stepsHeading)}</h2>
<ol>
${TEXT.steps.map((step) => `<li>${rich(step)}</li>`).join('\n')}
</ol>
<h2>${escape(TEXT.notesHeading)}</h2>
<ul>
${TEXT.notes.map((note) => `<li>${rich(note)}</li>`).join('\n')}
</ul>
</body>
</html>
`;
}

const args = process.argv.slice(2);
const value = (name, fallback) => {
	const i = args.indexOf(name);
	if (i < 0) return fallback;
	if (!args[i + 1]) {
		console.error(`${name} needs a folder.`);
		process.exit(1);
	}
	return args[i + 1];
};
const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(value('--out', 'offline/mekong-corridors'));
const from = value('--from', undefined);

if (!from && !args.includes('--skip-build')) execSync('npx vite build', { cwd: root, stdio: 'inherit' });
const build = from ? path.resolve(from) : path.join(root, 'build');
if (!fs.existsSync(path.join(build, 'index.html'))) {
	console.error(
		from
			? `No index.html in ${build}.`
			: 'No build/ to package: run npm run build first, or leave out --skip-build.'
	);
	process.exit(1);
}
// The folder is emptied first: only when it is empty or an earlier package, never a folder of other things.
const within = (a, b) => a === b || a.startsWith(b + path.sep);
if (
	within(build, out) ||
	within(out, build) ||
	(fs.existsSync(out) && fs.readdirSync(out).length && !fs.existsSync(path.join(out, 'START-HERE.txt')))
) {
	console.error(`${out} is not empty and is not an earlier package: choose another --out.`);
	process.exit(1);
}

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
fs.cpSync(build, path.join(out, 'site'), { recursive: true });
fs.copyFileSync(path.join(root, 'scripts', 'serve.mjs'), path.join(out, 'serve.mjs'));
fs.writeFileSync(path.join(out, 'START-HERE.txt'), startHereText());
fs.writeFileSync(path.join(out, 'OPEN-ME.html'), openMeHtml());
const files = fs.readdirSync(path.join(out, 'site'), { recursive: true }).length;
const rel = path.relative(process.cwd(), path.join(out, 'serve.mjs'));
const serve = rel.startsWith('..') ? path.join(out, 'serve.mjs') : rel;
console.log(
	`Offline package written to ${out} (${files} files). Run: node ${/[\s"'$&]/.test(serve) ? `"${serve}"` : serve}`
);
