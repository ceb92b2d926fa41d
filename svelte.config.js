import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompress } from './scripts/precompress.mjs';

// BASE_PATH lets the same build be hosted under a sub-folder (e.g. /corridors); paths stay relative either way.
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
// BUILD_DIR lets the benchmark build synthetic datasets beside the real build.
const out = process.env.BUILD_DIR ?? 'build';

/**
 * The one style attribute the pages need: the client creates SvelteKit's route announcer (a live region
 * that reads the new title after a client-side navigation) with this inline style, from
 * node_modules/@sveltejs/kit/src/core/sync/write_root.js. tests/unit/csp.test.ts checks that Kit still
 * writes exactly this; app.css hides the announcer as well, for browsers without 'unsafe-hashes'.
 */
export const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
/**
 * @param {string} text
 * @returns {`sha256-${string}`}
 */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * The Content-Security-Policy of every page, written by Kit into a <meta http-equiv> with the hashes of
 * that page's inline bootstrap script and inlined stylesheet added to script-src and style-src. Nothing
 * inline runs or applies beyond those hashes: no 'unsafe-inline', no 'unsafe-eval', and of style
 * attributes only the route announcer's ('unsafe-hashes' lets a hash match an attribute, and only that
 * one). The host headers (static/_headers, the nginx snippet in the README) repeat these directives with
 * frame-ancestors, which a meta tag cannot carry; tests/unit/csp.test.ts holds them to the same.
 * @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>}
 */
export const cspDirectives = {
	'default-src': ['none'],
	'script-src': ['self'],
	'style-src': ['self'],
	'style-src-attr': ['unsafe-hashes', sha256(ANNOUNCER_STYLE)],
	// data: for the icons in MapLibre's stylesheet, blob: for the PNG export's drawing of the SVG overlay.
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	// MapLibre's worker is a module from our own origin (setWorkerUrl), never a blob: URL.
	'worker-src': ['self'],
	// The embed dialog previews /embed/map in an iframe.
	'frame-src': ['self'],
	'child-src': ['self'],
	'object-src': ['none'],
	// The not-found page sets <base> to the site's root (it is sent for addresses at any depth); no other.
	'base-uri': ['self'],
	'form-action': ['none']
};

/**
 * adapter-static, then .br and .gz beside every file, for hosts (and serve.mjs) that send them as they
 * are: compressed a few files at a time (scripts/precompress.mjs), since the adapter's own precompression
 * opens every file at once and fails past a few thousand pages (EMFILE). MMC_PRECOMPRESS=0 skips it.
 * @returns {import('@sveltejs/kit').Adapter}
 */
function staticSite() {
	const inner = adapter({ pages: out, assets: out, fallback: undefined, precompress: false, strict: true });
	return {
		...inner,
		async adapt(builder) {
			await inner.adapt(builder);
			if (process.env.MMC_PRECOMPRESS === '0') return;
			const n = await precompress(out);
			builder.log.minor(`Compressed ${n} files (brotli and gzip)`);
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: staticSite(),
		paths: { base, relative: true },
		csp: { mode: 'hash', directives: cspDirectives },
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
