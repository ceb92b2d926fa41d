/**
 * The script tag of a page that does not start SvelteKit's client (the reading pages, the home page):
 * its own entry of the client build (vite.config.ts), told where the site's root is and which language
 * the page is in. While prerendering, `base` is relative to the page ("..", "../.."): the script and the
 * root follow it. A tag only the server writes, hence a string ({@html}); its values are escaped.
 */
import { escapeHtml } from '$lib/embed/snippet';

export type PageEntry = 'reading' | 'home';

export function pageScriptTag(entry: PageEntry, base: string, locale: string, dev: boolean): string {
	const src = dev ? `/src/lib/${entry}/main.ts` : `${base}/_app/${entry}.js`;
	return `<script type="module" src="${escapeHtml(src)}" data-${entry} data-root="${escapeHtml(base)}/" data-locale="${escapeHtml(locale)}"></${'script'}>`;
}
