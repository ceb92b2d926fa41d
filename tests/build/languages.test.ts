/**
 * Every page in every language: each English page has its six translations, each declares its language,
 * and no English sentence of the interface is left on a translated page outside the elements marked
 * lang="en" (quotes, record titles and descriptions, which stay as printed).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales, localeInfo, localeOfPath, pathIn } from '../../src/lib/i18n/locales';
import { BUILD, builtPage, builtRoutes, parseHtml, textOf } from './helpers';

const catalogue = (locale: string): Record<string, string> =>
	JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8'));
const english = catalogue('en');

/** English sentences worth looking for: whole messages without placeholders, long enough to be prose, that the translation does not itself keep (as a gloss).
 * The site's own name is left out: translations give it in English as a gloss after their own. */
function englishLeftIn(locale: string): string[] {
	const own = catalogue(locale);
	return Object.entries(english)
		.filter(([key, text]) => !key.startsWith('$') && key !== 'site_title' && typeof text === 'string')
		.filter(([key, text]) => text.length >= 12 && !text.includes('{') && !own[key]?.includes(text))
		.map(([, text]) => text);
}

const routes = builtRoutes().filter((r) => !r.startsWith('/embed/pym'));
const englishRoutes = routes.filter((r) => localeOfPath(r) === 'en');
const built = new Set(routes);

describe('every page in every language', () => {
	it('each English page has a prerendered page in each other language', () => {
		expect(englishRoutes.length).toBeGreaterThan(100);
		const missing = englishRoutes.flatMap((r) =>
			locales.filter((l) => l !== 'en' && !built.has(pathIn(r, l))).map((l) => pathIn(r, l))
		);
		expect(missing).toEqual([]);
	});

	for (const locale of locales.filter((l) => l !== 'en')) {
		it(`${locale}: <html lang="${localeInfo[locale].tag}">, and no English interface sentence outside lang="en"`, () => {
			const sentences = englishLeftIn(locale);
			expect(sentences.length).toBeGreaterThan(100);
			const pages = englishRoutes.map((r) => pathIn(r, locale));
			const leftovers: string[] = [];
			for (const route of pages) {
				const doc = parseHtml(builtPage(route));
				expect(doc.querySelector('html')?.getAttribute('lang'), route).toBe(localeInfo[locale].tag);
				for (const el of doc.querySelectorAll('[lang="en"]')) el.remove();
				const text = textOf(doc.querySelector('body'));
				for (const s of sentences) if (text.includes(s)) leftovers.push(`${route}: "${s}"`);
			}
			expect(leftovers).toEqual([]);
		});
	}

	it('preloads the Chinese font from the head of a Chinese page, each face its stylesheet names, and no other', () => {
		const preloads = (route: string) =>
			parseHtml(builtPage(route))
				.querySelectorAll('head link[rel=preload][as=font]')
				.map((l) => [l.getAttribute('href'), l.getAttribute('crossorigin')]);
		const css = fs.readFileSync(`${BUILD}/fonts/han.css`, 'utf8');
		const named = [...css.matchAll(/url\(\.\/([^)]+)\)/g)].map((m) => m[1]);
		expect(named).toHaveLength(2);
		for (const route of ['/zh-hans', '/zh-hans/country/KHM', '/zh-hans/embed/map']) {
			const hrefs = preloads(route);
			expect(hrefs.map(([href]) => href?.split('/').at(-1)).sort(), route).toEqual(named.sort());
			expect(hrefs.every(([href, cors]) => href?.includes('fonts/') && cors === 'anonymous')).toBe(true);
		}
		// Other scripts' faces are often installed: fetched only where the system has none.
		for (const route of ['/', '/km', '/th/country/THA', '/my/embed/map'])
			expect(preloads(route), route).toEqual([]);
	});
});
