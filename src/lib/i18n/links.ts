/**
 * Links within the site, in the page's language: "/country/THA" on a Khmer page is "/km/country/THA".
 * Relative to the page (sitePath('/')), so the site works at any base path; a broken link fails
 * the build (the prerender crawler follows every one).
 */
import { sitePath } from '#site-paths';
import { getLocale } from './current';
import { hrefFrom, type Locale } from './locales';

export const localHref = (path: string, locale: Locale = getLocale()): string =>
	hrefFrom(sitePath('/'), path, locale);

/**
 * The absolute URL of a site path in the page's language, wherever the site is hosted (any origin, any
 * base path): for links that leave the page (share links, embed snippets, downloads). Browser only.
 */
export const absoluteHref = (path: string, locale: Locale = getLocale()): string =>
	new URL(localHref(path, locale), location.href).href;

/**
 * The site path of a route, without base path or language prefix: "/[[lang=locale]]/(site)/country/[iso3]"
 * with { iso3: "KHM" } is "/country/KHM" (for the language switcher: the same page in another language).
 */
export function routePath(routeId: string | null, params: Record<string, string | undefined>): string {
	if (!routeId) return '/';
	const segments = routeId
		.split('/')
		.filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith('[[lang'))
		.map((s) => s.replace(/\[+\.{0,3}([^\]=]+)(=[^\]]+)?\]+/g, (_, name: string) => params[name] ?? ''));
	return `/${segments.filter(Boolean).join('/')}`;
}
