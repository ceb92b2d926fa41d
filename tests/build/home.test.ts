import { describe, expect, it } from 'vitest';
import { builtPage, parsePage, textOf } from './helpers';

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
		const data = [...builtPage('/').matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
			.map((m) => m[1])
			.join('');
		expect(data).toContain('countries:');
		expect(data).not.toMatch(/class=\\"country\\"/);
		expect(data).not.toContain(`d=\\"M`);
	});

	it('carries no figure in its data: the figures come in a module of their own, fetched once for every page', () => {
		const html = builtPage('/');
		const starts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
		expect(starts).toContain('kit.start(');
		expect(starts).not.toMatch(/ar2016-f00\d/);
	});

	it('starts the app in steps, its scripts downloading after the page is drawn', () => {
		const html = builtPage('/');
		const head = html.slice(0, html.indexOf('<body'));
		expect(head).not.toContain('modulepreload');
		expect(html.slice(html.indexOf('<body')).match(/rel="modulepreload"/g)?.length).toBeGreaterThan(5);
		expect(html).toMatch(/startInSteps\("[^"]+start[^"]+", "[^"]+app[^"]+", \[0, \d+, \d+\]/);
	});
});
