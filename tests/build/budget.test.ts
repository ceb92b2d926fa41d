/**
 * A size budget for every built page: a data mistake (a pasted document in a field, a record repeated a
 * thousand times) fails the build's tests instead of shipping a page a phone cannot load. The largest
 * page today is a source page that lists every record taken from the document, in Burmese (~490 KB
 * uncompressed, ~45 KB brotli); the budget leaves room for the data to grow about half again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD, builtRoutes } from './helpers';

/** Uncompressed HTML of one page, at most. */
export const PAGE_BUDGET = 750 * 1024;
/** The same page as a host sends it (brotli), at most. */
export const PAGE_BUDGET_BROTLI = 80 * 1024;

const fileOf = (route: string) => path.join(BUILD, route === '/' ? 'index.html' : `${route.slice(1)}.html`);

describe('build output: page sizes', () => {
	const routes = builtRoutes();

	it(`no page is over ${PAGE_BUDGET / 1024} KB of HTML`, () => {
		expect(routes.length).toBeGreaterThan(100);
		const over = routes
			.map((r) => [r, fs.statSync(fileOf(r)).size] as const)
			.filter(([, size]) => size > PAGE_BUDGET)
			.map(([r, size]) => `${r}: ${Math.round(size / 1024)} KB`);
		expect(over).toEqual([]);
	});

	it(`no page is over ${PAGE_BUDGET_BROTLI / 1024} KB as sent (brotli)`, () => {
		const over = routes.flatMap((r) => {
			const br = `${fileOf(r)}.br`;
			if (!fs.existsSync(br)) return []; // a build without precompression (MMC_PRECOMPRESS=0)
			const size = fs.statSync(br).size;
			return size > PAGE_BUDGET_BROTLI ? [`${r}: ${Math.round(size / 1024)} KB`] : [];
		});
		expect(over).toEqual([]);
	});
});

describe('build output: the icon', () => {
	// Chrome draws an SVG icon as a document of its own, on the page's main thread as it loads: a long
	// task of a slow phone's first load (about 50 ms at 4x CPU), on every page.
	it('every page links a PNG icon that the build ships', () => {
		const wrong = builtRoutes().flatMap((route) => {
			const html = fs.readFileSync(fileOf(route), 'utf8');
			const href = html.match(/<link rel="icon" href="([^"]+)"/)?.[1];
			const file = href && path.resolve(path.dirname(fileOf(route)), href);
			return file?.endsWith('.png') && fs.existsSync(file) ? [] : [`${route}: ${href ?? 'no icon'}`];
		});
		expect(wrong).toEqual([]);
	});
});
