import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH lets the same build be hosted under a sub-folder (e.g. /corridors); paths stay relative either way.
const base = process.env.BASE_PATH ?? '';
// BUILD_DIR lets the benchmark build synthetic datasets beside the real build.
const out = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({
			pages: out,
			assets: out,
			fallback: undefined,
			// .gz and .br beside every file, for hosts (and serve.mjs) that send them as they are.
			// MMC_PRECOMPRESS=0 skips it: the benchmark's synthetic builds of thousands of pages would
			// otherwise open more files at once than the system allows.
			precompress: process.env.MMC_PRECOMPRESS !== '0',
			strict: true
		}),
		paths: { base, relative: true },
		// Small stylesheets go inline: no render-blocking request before the first paint.
		inlineStyleThreshold: 8192,
		prerender: {
			// A broken link or anchor is a defect: fail the build rather than ship it.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		}
	}
};

export default config;
