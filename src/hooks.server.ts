/**
 * The server (the prerenderer) loads every language's messages once, before the first page is drawn,
 * writes each page's language into <html lang>, and gives the not-found page its root.
 */
import type { Handle, ServerInit } from '@sveltejs/kit';
import { loadAllCatalogues } from '$lib/i18n/catalogue';
import { isLocale, localeInfo } from '$lib/i18n/locales';

export const init: ServerInit = async () => {
	await loadAllCatalogues();
};

/** The site's root as an absolute path ('/' or '/corridors/'): known only when the site is built. */
const siteRoot = `${(process.env.BASE_PATH ?? '').replace(/\/+$/, '')}/`;

/**
 * The not-found page is sent for addresses at any depth, where its relative links would point nowhere:
 * a <base> makes them relative to the site's root, and its one script comes from there too.
 */
const notFoundHead = (html: string) =>
	html
		.replace('<head>', `<head>\n\t\t<base href="${siteRoot}" />`)
		.replace('</head>', `\t<script src="${siteRoot}not-found.js" defer></script>\n\t</head>`);

export const handle: Handle = ({ event, resolve }) => {
	const lang = (event.params as { lang?: string }).lang;
	const tag = localeInfo[isLocale(lang) ? lang : 'en'].tag;
	const notFound = event.route.id === '/[[lang=locale]]/404';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', tag);
			return notFound ? notFoundHead(page) : page;
		}
	});
};
