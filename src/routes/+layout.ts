import { loadCatalogue } from '$lib/i18n/catalogue';
import { baseLocale, isLocale } from '$lib/i18n/locales';

// Every page is prerendered: the site is a folder of static files that any server (or a laptop) can host.
export const prerender = true;
export const trailingSlash = 'never';

/** The page's language comes from its path prefix; its messages are loaded before anything is drawn. */
export async function load({ params, data }) {
	const lang = (params as { lang?: string }).lang;
	const locale = isLocale(lang) ? lang : baseLocale;
	await loadCatalogue(locale);
	return { ...data, locale };
}
