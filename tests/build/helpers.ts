/** Reading the built site (build/) from build-output tests, with a real HTML parser. */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const BUILD = path.resolve('build');

/** The prerendered HTML of a route, as the server sends it. */
export function builtPage(route: string): string {
	const rel = route === '/' ? 'index.html' : `${route.replace(/^\//, '')}.html`;
	const file = path.join(BUILD, rel);
	if (!fs.existsSync(file))
		throw new Error(`No prerendered page for ${route} (looked for ${file}). Run the build first.`);
	return fs.readFileSync(file, 'utf8');
}

/** A prerendered page as a DOM: scripts and styles are kept out of its text. */
export const parsePage = (route: string): HTMLElement => parseHtml(builtPage(route));
export const parseHtml = (html: string): HTMLElement =>
	parse(html, {
		blockTextElements: { script: false, style: false, noscript: true, pre: true },
		comment: false
	});

/** What a reader sees of an element without scripts: its text, whitespace collapsed. */
export const textOf = (el: HTMLElement | null | undefined): string =>
	(el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Text of a whole HTML string. */
export const visibleText = (html: string): string => textOf(parseHtml(html));

/** A file the build wrote, as text. */
export const builtFile = (rel: string) => fs.readFileSync(path.join(BUILD, rel), 'utf8');

/** Every prerendered HTML page, as routes ("/", "/country/KHM", ...). */
export function builtRoutes(dir = BUILD, prefix = ''): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		if (e.isDirectory()) return builtRoutes(path.join(dir, e.name), `${prefix}/${e.name}`);
		if (!e.name.endsWith('.html')) return [];
		const name = e.name.replace(/\.html$/, '');
		return [name === 'index' ? prefix || '/' : `${prefix}/${name}`];
	});
}
