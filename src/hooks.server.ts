/**
 * The server (the prerenderer) loads every language's messages once, before the first page is drawn,
 * and writes each page's language into <html lang>.
 */
import type { Handle, ServerInit } from '@sveltejs/kit';
import { loadAllCatalogues } from '$lib/i18n/catalogue';
import { isLocale, localeInfo } from '$lib/i18n/locales';

export const init: ServerInit = async () => {
	await loadAllCatalogues();
};

export const handle: Handle = ({ event, resolve }) => {
	const lang = (event.params as { lang?: string }).lang;
	const tag = localeInfo[isLocale(lang) ? lang : 'en'].tag;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', tag) });
};
