import { describe, expect, it } from 'vitest';
import { builtPage, parsePage, textOf } from './helpers';

/** The text of a built page's scripts, joined: Kit's start script and the page's data in it. */
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
		expect(data).toContain('countries:');
		expect(data).not.toMatch(/class=\\"country\\"/);
		expect(data).not.toContain(`d=\\"M`);
	});

	// The map, its embed and a presentation: every page that draws the map starts the app.
	for (const route of ['/', '/embed/map', '/km/present/into-thailand']) {
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
