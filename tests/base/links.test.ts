/**
 * The site built for a sub-folder: BASE_PATH=/corridors BUILD_DIR=build-base MMC_PRECOMPRESS=0 npx vite build
 * (npm test does it). Served under /corridors, every link and asset of a few pages must reach a file of
 * that build, and nothing may point at the host's root, outside the folder the site was given.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { data } from '../fixtures';

const BASE = '/corridors';
const DIR = path.resolve('build-base');
const ORIGIN = 'http://mmc.test';

const presentation = data
	.presentations()
	.map((p) => p.id)
	.sort()[0]!;
const PAGES = [
	'/',
	'/country/KHM',
	'/corridor/KHM-THA',
	'/sources',
	'/sources/ar2019',
	'/present',
	`/present/${presentation}`,
	'/embed/map',
	'/embed/country/KHM'
];

/** The file a static host sends for a path under the base, as scripts/serve.mjs finds it; null if none. */
function fileFor(pathname: string): string | null {
	if (pathname !== BASE && !pathname.startsWith(`${BASE}/`)) return null;
	const full = path.join(DIR, decodeURIComponent(pathname.slice(BASE.length)));
	const candidates = [full, `${full}.html`, path.join(full, 'index.html')];
	return candidates.find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? null;
}

/** Where a page lives when served: the home page is the folder itself, /corridors/. */
const pageUrl = (route: string) => new URL(route === '/' ? `${BASE}/` : `${BASE}${route}`, ORIGIN);

function readPage(route: string): HTMLElement {
	const file = fileFor(pageUrl(route).pathname);
	if (!file) throw new Error(`No page for ${route} in ${DIR}. Build it first: see the top of this file.`);
	return parse(fs.readFileSync(file, 'utf8'), { comment: false });
}

const SKIP = /^(#|mailto:|tel:|data:|blob:|javascript:)/;

/** Every URL a page refers to: attributes, srcset, the module imports of its start script, CSS url(). */
function referencesOf(doc: HTMLElement): { where: string; ref: string }[] {
	const out: { where: string; ref: string }[] = [];
	for (const el of doc.querySelectorAll('*')) {
		for (const [name, value] of Object.entries(el.attributes)) {
			const where = `<${el.tagName.toLowerCase()} ${name}>`;
			if (['href', 'src', 'action', 'poster', 'data-pym-src'].includes(name)) out.push({ where, ref: value });
			if (name === 'srcset' || name === 'imagesrcset')
				for (const part of value.split(',')) out.push({ where, ref: part.trim().split(/\s+/)[0]! });
		}
	}
	for (const script of doc.querySelectorAll('script:not([src])'))
		for (const m of script.text.matchAll(/import\(\s*"([^"]+)"\s*\)/g))
			out.push({ where: 'import()', ref: m[1]! });
	for (const style of doc.querySelectorAll('style'))
		for (const m of style.text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g))
			out.push({ where: 'url()', ref: m[1]! });
	return out.filter((r) => r.ref && !SKIP.test(r.ref));
}

/** The JavaScript modules a page loads, with every static and dynamic import among them followed. */
function moduleGraph(entries: URL[]): { missing: string[]; loaded: number } {
	const seen = new Set<string>();
	const missing: string[] = [];
	const queue = [...entries];
	while (queue.length) {
		const url = queue.pop()!;
		if (seen.has(url.pathname)) continue;
		seen.add(url.pathname);
		const file = fileFor(url.pathname);
		if (!file) {
			missing.push(url.pathname);
			continue;
		}
		const code = fs.readFileSync(file, 'utf8');
		// Static and dynamic imports, and Vite's lists of what a dynamic import preloads (CSS included):
		// all relative to the module itself, as import.meta.url resolves them.
		for (const m of code.matchAll(/["'`](\.{1,2}\/[^"'`\s]+\.(?:js|css))["'`]/g))
			queue.push(new URL(m[1]!, url));
	}
	return { missing, loaded: seen.size };
}

describe(`build-base: the site built for ${BASE}`, () => {
	it(`build-base/ was built for ${BASE}: its start script knows the base`, () => {
		// The map embed starts the app (the home page and the reading pages start scripts of their own).
		const script = readPage('/embed/map').querySelector('script:not([src])')!.text;
		expect(script).toContain(`assets: "${BASE}"`);
	});

	it.each(PAGES)(`%s: every link and asset resolves to a file of the build, under ${BASE}`, (route) => {
		const doc = readPage(route);
		const refs = referencesOf(doc);
		expect(refs.length).toBeGreaterThan(5);
		const page = pageUrl(route);
		const problems: string[] = [];
		for (const { where, ref } of refs) {
			const url = new URL(ref, page);
			if (url.origin !== ORIGIN) continue; // another host: the canonical address, a source document
			if (!url.pathname.startsWith(`${BASE}/`) && url.pathname !== BASE)
				problems.push(`${where} ${ref} -> ${url.pathname}: outside ${BASE}`);
			else if (!fileFor(url.pathname)) problems.push(`${where} ${ref} -> ${url.pathname}: no such file`);
		}
		expect(problems).toEqual([]);
	});

	it.each(PAGES)(`%s: the scripts' base, worked out in the page, is ${BASE}`, (route) => {
		const doc = readPage(route);
		// A reading page and the home page start no app: their one script is told the site's root,
		// relative to the page.
		for (const entry of ['reading', 'home']) {
			const own = doc.querySelector(`script[data-${entry}]`);
			if (!own) continue;
			expect(new URL(own.getAttribute('data-root')!, pageUrl(route)).pathname).toBe(`${BASE}/`);
			expect(new URL(own.getAttribute('src')!, pageUrl(route)).pathname).toBe(`${BASE}/_app/${entry}.js`);
			return;
		}
		const script = doc.querySelector('script:not([src])')!.text;
		const m = script.match(/base:\s*new URL\("([^"]*)", location\)\.pathname\.slice\(0, -1\)/);
		expect(m, 'the start script computes base from the page address').not.toBeNull();
		expect(new URL(m![1]!, pageUrl(route)).pathname.slice(0, -1)).toBe(BASE);
	});

	it.each(PAGES)(
		'%s: every JavaScript module it loads, and everything they import, is in the build',
		(route) => {
			const page = pageUrl(route);
			const named = referencesOf(readPage(route)).filter((r) => r.ref.endsWith('.js'));
			const entries = [...new Set(named.map((r) => new URL(r.ref, page).href))].map((h) => new URL(h));
			expect(entries.length).toBeGreaterThan(0);
			const { missing, loaded } = moduleGraph(entries);
			expect(missing).toEqual([]);
			// The imports were followed: more modules than the page names itself.
			expect(loaded).toBeGreaterThan(entries.length);
		}
	);

	it.each(PAGES)(
		'%s: no attribute or start script names a root path such as "/_app/" or "/country/"',
		(route) => {
			const html = fs.readFileSync(fileFor(pageUrl(route).pathname)!, 'utf8');
			// A root-relative URL in quotes: "/x..." but not "//host" and not the base itself.
			const rooted = [...html.matchAll(/(?:href|src|action|content)="(\/(?!\/)[^"]*)"/g)]
				.map((m) => m[1]!)
				.filter((p) => p !== BASE && !p.startsWith(`${BASE}/`));
			expect(rooted).toEqual([]);
		}
	);
});

describe(`build-base: the not-found pages, sent for any address under ${BASE}`, () => {
	it.each(['/404', '/km/404', '/zh-hans/404'])(
		'%s: served at a deep address, its <base> makes every link and asset reach a file of the build',
		(route) => {
			const doc = readPage(route);
			const base = doc.querySelector('base')?.getAttribute('href');
			expect(base, 'the not-found page sets its base').toBeTruthy();
			// The address a reader mistyped, several folders deep: relative links start from <base>.
			const served = new URL(`${BASE}/some/deep/missing/address`, ORIGIN);
			const root = new URL(base!, served);
			const refs = referencesOf(doc).filter((r) => r.where !== '<base href>');
			expect(refs.length).toBeGreaterThan(20);
			const problems = refs.flatMap(({ where, ref }) => {
				const url = new URL(ref, root);
				if (url.origin !== ORIGIN) return [];
				return fileFor(url.pathname) ? [] : [`${where} ${ref} -> ${url.pathname}: no such file`];
			});
			expect(problems).toEqual([]);
		}
	);
});
