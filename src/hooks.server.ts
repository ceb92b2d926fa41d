/**
 * The server (the prerenderer) loads every language's messages once, before the first page is drawn,
 * writes each page's language into <html lang>, writes the map's build-time shapes where the page marks
 * them (the page's data carries only the marker), starts the app in steps where a page starts it
 * (stagedStart.ts), and gives the not-found page its script.
 */
import type { Handle, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { loadAllCatalogues } from '$lib/i18n/catalogue';
import { isLocale, localeInfo } from '$lib/i18n/locales';
import { fillShapes, hasShapesMarker } from '$lib/map/prerendered';
import { siteRoot } from '$lib/server/dataset';
import { prerenderedMap } from '$lib/server/mapData';
import { stageStart } from '$lib/server/stagedStart';

export const init: ServerInit = async () => {
	await loadAllCatalogues();
};

/** The not-found page does not start the app; its one script comes from the site's root. */
const notFoundHead = (html: string) =>
	html.replace('</head>', `\t<script src="${siteRoot()}not-found.js" defer></script>\n\t</head>`);

export const handle: Handle = ({ event, resolve }) => {
	const lang = (event.params as { lang?: string }).lang;
	const tag = localeInfo[isLocale(lang) ? lang : 'en'].tag;
	const notFound = event.route.id === '/[[lang=locale]]/404';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			let page = html.replace('%lang%', tag);
			if (hasShapesMarker(page)) page = fillShapes(page, prerenderedMap());
			if (notFound) return notFoundHead(page);
			// The dev server sends its policy as a header, with the hash of Kit's own script: left as it is.
			return building ? stageStart(page) : page;
		}
	});
};
