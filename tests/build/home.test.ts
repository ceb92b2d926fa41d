import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticImportsOf } from '../../scripts/preloads.mjs';
import { BUILD, builtFile, builtPage, parsePage, textOf } from './helpers';

/** The text of a built page's scripts, joined: Kit's start script and the page's data in it, or the home page's map props. */
const scriptsOf = (route: string) =>
	[...builtPage(route).matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');

describe('build output: home page', () => {
	const page = parsePage('/');
	it('is prerendered with the site title in <title> and <h1>', () => {
		expect(textOf(page.querySelector('title'))).toBe('Mekong Migration Corridors');
		expect(textOf(page.querySelector('h1'))).toBe('Mekong Migration Corridors');
	});

	it('links to the sources page from the footer', () => {
		expect(page.querySelector('footer a[href$="sources"]')).not.toBeNull();
	});

	it("carries the build-time map's country shapes once, as markup, and not again in the page's data", () => {
		for (const shape of ['wide', 'narrow']) {
			const drawn = page.querySelectorAll(`.prerendered-map.${shape} svg.base path.country`);
			expect(drawn.length, shape).toBeGreaterThan(20);
			expect(drawn.map((p) => p.getAttribute('data-code'))).toEqual(expect.arrayContaining(['KHM', 'THA']));
		}
		const data = scriptsOf('/');
		expect(data).toContain('"countries":');
		expect(data).not.toMatch(/class=\\"country\\"/);
		expect(data).not.toContain(`d=\\"M`);
	});

	it("/ starts no app: its own script after the page, the map's props beside it as JSON, with no figure", () => {
		for (const route of ['/', '/km']) {
			const html = builtPage(route);
			expect(html, route).not.toContain('modulepreload');
			expect(html, route).not.toContain('kit.start(');
			const props = html.match(/<script type="application\/json" data-home-props>([\s\S]*?)<\/script>/)?.[1];
			const data = JSON.parse(props ?? 'null') as { countries: { code: string }[] };
			expect(data.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['KHM', 'THA']));
			expect(props).not.toContain('value_high');
			// After the map and its props, so its modules are fetched once the page is drawn.
			expect(html.indexOf('data-home-props')).toBeLessThan(html.indexOf('/_app/home.js'));
			expect(html.indexOf('/_app/home.js')).toBeGreaterThan(html.indexOf('</header>'));
		}
	});

	it("/'s script imports its map and lets the browser fetch the map's modules: it adds no preload link for each", () => {
		const script = builtFile('_app/home.js');
		expect(script).toMatch(/import\(`\.\/immutable\/chunks\/[\w-]+\.js`\)/);
		// What Vite's helper would add to the page: the stylesheets only, which it finds there already.
		const listed = script.match(/m\.f=(\[[^\]]*\])/)?.[1] ?? '[]';
		expect(JSON.parse(listed).filter((file: string) => file.endsWith('.js'))).toEqual([]);
	});

	it("/'s script imports the header's modules and the map's apart, and neither loads SvelteKit's client", () => {
		const script = builtFile('_app/home.js');
		const imports = [...script.matchAll(/import\(`\.\/(immutable\/chunks\/[\w-]+\.js)`\)/g)].map(
			(m) => m[1]!
		);
		expect(imports).toHaveLength(2);
		// Every chunk's static imports, as the build's preload lists read them (scripts/preloads.mjs).
		const dir = 'immutable/chunks';
		const closures = staticImportsOf(
			fs
				.readdirSync(path.join(BUILD, '_app', dir))
				.filter((file) => file.endsWith('.js'))
				.map((file) => ({
					fileName: `${dir}/${file}`,
					imports: [
						...builtFile(`_app/${dir}/${file}`).matchAll(/(?:import|from)\s*["`]\.\/([\w-]+\.js)["`]/g)
					].map((m) => `${dir}/${m[1]}`)
				}))
		);
		/** A chunk and every chunk it imports statically, as paths under _app/. */
		const graph = (chunk: string) => new Set([chunk, ...(closures.get(chunk) ?? [])]);
		const [header, map] = imports.map((chunk) => graph(chunk));
		expect(header!.size).toBeGreaterThan(3);
		// The map's own modules (CorridorMap, the figures) come in its import, not in the header's.
		expect([...map!].filter((chunk) => !header!.has(chunk)).length).toBeGreaterThan(10);
		// SvelteKit's client keeps its scroll positions under this key.
		for (const chunk of [...header!, ...map!])
			expect(builtFile(`_app/${chunk}`), chunk).not.toContain('sveltekit:scroll');
	});

	// The map's embed and a presentation start the app.
	for (const route of ['/embed/map', '/km/present/into-thailand']) {
		it(`${route} carries no figure in its data: the figures come in a script of their own`, () => {
			const starts = scriptsOf(route);
			expect(starts).toContain('kit.start(');
			expect(starts).toContain('countries:');
			// A figure record's own field (a presentation's steps name figures by id, which is fine).
			expect(starts).not.toContain('value_high');
		});

		it(`${route} starts the app in steps, its scripts' preloads at the end of the body`, () => {
			const html = builtPage(route);
			const head = html.slice(0, html.indexOf('<body'));
			expect(head).not.toContain('modulepreload');
			expect(html.slice(html.indexOf('<body')).match(/rel="modulepreload"/g)?.length).toBeGreaterThan(5);
			expect(html).toMatch(/startInSteps\("[^"]+start[^"]+", "[^"]+app[^"]+", \[0(, \d+)+\]/);
		});
	}
});
