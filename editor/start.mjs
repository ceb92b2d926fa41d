#!/usr/bin/env node
/**
 * npm run edit — the data editor, for the network's staff: add a document, cite it by selecting
 * passages, edit and remove records, build workshop decks. It serves a page on 127.0.0.1 only, and
 * reads and writes only the data folder and the documents folder (and reads the seeds folder).
 *
 *   npm run edit                     http://127.0.0.1:5178/ (the next free port if that one is taken)
 *   npm run edit -- --port 0         any free port
 *   MMC_DATA_DIR, MMC_DOCUMENTS_DIR, MMC_SEEDS_DIR   other folders (the tests use temporary copies)
 *
 * The editor's TypeScript modules are loaded through Vite's module runner, as check:data loads the
 * validation, so the editor validates with the very code the build uses.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';
import { findPdftotext } from './find-pdftotext.mjs';
import { messages } from './messages.js';

const root = path.resolve(import.meta.dirname, '..');
const arg = (name) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : undefined;
};
const DEFAULT_PORT = 5178;
const wanted = Number(arg('--port') ?? process.env.MMC_EDITOR_PORT ?? DEFAULT_PORT);

const seeds = path.resolve(process.env.MMC_SEEDS_DIR ?? path.join(root, '..', 'shared', 'seeds'));
const paths = {
	data: path.resolve(process.env.MMC_DATA_DIR ?? path.join(root, 'data')),
	documents: path.resolve(process.env.MMC_DOCUMENTS_DIR ?? path.join(root, 'documents')),
	seeds: fs.existsSync(seeds) ? seeds : null
};

// The TypeScript modules are compiled with the project's tsconfig, which extends SvelteKit's generated
// one: generate it first on a fresh checkout (npm install does the same through "prepare").
if (!fs.existsSync(path.join(root, '.svelte-kit', 'tsconfig.json')))
	execFileSync('npx', ['svelte-kit', 'sync'], { cwd: root, stdio: 'inherit' });

const { module } = await runnerImport(path.join(root, 'editor/server/app.ts'), {
	configFile: false,
	logLevel: 'silent',
	resolve: { alias: { $lib: path.join(root, 'src/lib') } }
});
const editor = module.createEditor({
	paths,
	clientDir: path.join(root, 'editor/client'),
	messagesFile: path.join(root, 'editor/messages.js')
});

let started;
for (let port = wanted, tries = 0; ; port++, tries++) {
	try {
		started = await editor.listen(port);
		break;
	} catch (e) {
		if (e.code !== 'EADDRINUSE' || wanted === 0 || tries >= 20) throw e;
	}
}
console.log(messages.server.startup(started.url));
console.log(messages.server.folders(paths.data, paths.documents, paths.seeds ?? messages.server.noSeeds));
if (!findPdftotext()) console.log(`\n${messages.server.pdftotextMissing}`);

const stop = () => started.server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
