import path from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { runnerImport, type Plugin } from 'vite';
import { checkMessages } from './scripts/check-messages.mjs';
import { preloadsNeeded, staticImportsOf } from './scripts/preloads.mjs';
import { defineConfig } from 'vitest/config';

type Validate = typeof import('./src/lib/server/validate');

/** A module of the app, loaded at build time through Vite (as check:data does), not bundled into this config. */
async function appModule<T>(file: string): Promise<T> {
	const { module } = await runnerImport<T>(path.resolve(file), { configFile: false, logLevel: 'silent' });
	return module;
}

/** The data folder: data/, or the benchmark's synthetic dataset. */
const DATA_DIR = process.env.MMC_DATA_DIR ?? 'data';

let validation: Promise<{ report: ReturnType<Validate['validateDataDir']>; validate: Validate }> | undefined;
/**
 * The data folder validated once per process, for the data check and the figures module alike (the
 * client and server builds run in one process). The dev server reads data/ once too: restart it after
 * editing the data, as the routes' getDataset() caches it the same way.
 */
const validatedData = () =>
	(validation ??= appModule<Validate>('src/lib/server/validate.ts').then((validate) => ({
		report: validate.validateDataDir(DATA_DIR),
		validate
	})));

/**
 * The build checks the data first and stops on a problem with the problem alone: file › record ›
 * field, what is wrong, the fix. No stack trace, and not once per page that would have used the record.
 */
function dataCheck(): Plugin {
	let checked = false;
	return {
		name: 'mmc-data-check',
		apply: 'build',
		async buildStart() {
			if (checked) return;
			checked = true;
			const { report, validate } = await validatedData();
			const { problems } = report;
			// A missing or empty message in any language stops the build too (Paraglide would fall back).
			const messages = checkMessages();
			for (const m of messages) console.error(`\n${m}`);
			if (!problems.length && !messages.length) return;
			for (const p of problems) console.error(`\n${validate.formatProblem(p)}`);
			console.error(
				`\nThe build stopped: ${problems.length + messages.length} problem(s) in the data or the messages. npm run check:data and npm run check:messages list them too.\n`
			);
			process.exit(1);
		}
	};
}

/** virtual:palette.css: the map palette (src/lib/map/style.ts) as the page's CSS variables. */
function palette(): Plugin {
	const id = 'virtual:palette.css';
	return {
		name: 'mmc-palette',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load: async (resolved) =>
			resolved === `\0${id}`
				? (await appModule<typeof import('./src/lib/map/style')>('src/lib/map/style.ts')).cssVariables()
				: undefined
	};
}

/**
 * virtual:figures: every figure, validated, as the map's pages need them. A module rather than page data,
 * so the map pages' HTML does not carry the same 86 KB in every language, embed and presentation (its
 * inline start script was half the page, compiled before anything could run); the figures come in a
 * script the browser caches for all of them. The build has already stopped on a bad record (dataCheck);
 * should one get here, it is named the same way.
 */
function figuresModule(): Plugin {
	const id = 'virtual:figures';
	return {
		name: 'mmc-figures',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		async load(resolved) {
			if (resolved !== `\0${id}`) return undefined;
			const { report, validate } = await validatedData();
			if (report.problems[0]) throw new validate.DataError(report.problems[0]);
			// JSON.parse of a string is faster to load than the same data as an object literal.
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(report.data.records.figures))});`;
		}
	};
}

/**
 * The scripts of the pages that do not start SvelteKit's client, as entries of the client build at names
 * those prerendered pages can point to (src/lib/hydration/pageScript.ts): _app/reading.js for the reading
 * pages, _app/home.js for the home page. No manifest finds them, as no app starts there.
 */
function pageEntries(): Plugin {
	let client = false;
	return {
		name: 'mmc-page-entries',
		apply: 'build',
		configResolved: (config) => void (client = !config.build.ssr),
		buildStart() {
			if (!client) return;
			for (const entry of ['reading', 'home'])
				this.emitFile({
					type: 'chunk',
					id: path.resolve(`src/lib/${entry}/main.ts`),
					fileName: `_app/${entry}.js`
				});
		}
	};
}

/**
 * Each chunk's static imports, read from the client bundle before Vite writes its preload lists (this
 * plugin's generateBundle runs before Vite's own), for resolveDependencies below.
 */
let staticImports = new Map<string, Set<string>>();
function preloadLists(): Plugin {
	return {
		name: 'mmc-preload-lists',
		apply: 'build',
		generateBundle(_options, bundle) {
			staticImports = staticImportsOf(Object.values(bundle).filter((file) => file.type === 'chunk'));
		}
	};
}

export default defineConfig({
	plugins: [
		dataCheck(),
		palette(),
		figuresModule(),
		pageEntries(),
		preloadLists(),
		// The message catalogues (messages/*.json) compile into src/lib/paraglide, one module per language;
		// the plugin from npm (project.inlang/settings.json), never fetched from a CDN.
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			outputStructure: 'locale-modules',
			strategy: ['globalVariable', 'baseLocale']
		}),
		sveltekit()
	],
	build: {
		modulePreload: {
			// The home page's script (main.ts) imports the header's modules, then the map's, and the
			// browser fetches each module's imports itself. Vite's helper would first add a <link
			// rel="modulepreload"> for each of their 40 modules, one append at a time: about 20 ms of a
			// desktop and 130-180 ms of a 4x-slowed phone, the longest task of the page's start. Without
			// it the modules arrive one round trip later. Other pages (SvelteKit's app) keep their
			// preloads, less what their importer has loaded (preloadsNeeded).
			resolveDependencies: (file, deps, { hostId }) =>
				hostId === '_app/home.js' ? [] : preloadsNeeded(file, deps, staticImports.get(hostId))
		}
	},
	define: {
		// The benchmark's comparison build: reading pages hydrated, as they were before they became static.
		__HYDRATE_READING__: JSON.stringify(process.env.MMC_HYDRATE_READING === '1'),
		// The benchmark's synthetic builds: English pages only (src/lib/i18n/locales.ts says why).
		__ENGLISH_ONLY__: JSON.stringify(process.env.MMC_ENGLISH_ONLY === '1')
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					setupFiles: ['tests/setup.ts']
				}
			},
			{ extends: true, test: { name: 'build', environment: 'node', include: ['tests/build/**/*.test.ts'] } },
			// Reads build-base/, the site built for a sub-folder (BASE_PATH=/corridors): npm test builds it.
			{ extends: true, test: { name: 'base', environment: 'node', include: ['tests/base/**/*.test.ts'] } }
		]
	}
});
