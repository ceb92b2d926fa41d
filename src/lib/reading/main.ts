/**
 * The one script of a reading page (a profile, a corridor, the sources, the measures). Those pages are
 * read, not played with: they do not start the app or hydrate their DOM (csr = false, see the (reading)
 * layout), and this script gives life only to what needs it: the header's search and the Share and Embed
 * dialogs. Quotes, the language switcher and every link work without it.
 *
 * It is built as its own entry, _app/reading.js (vite.config.ts), and imports nothing of SvelteKit's
 * runtime. The layout's <script> tag says where the site's root is and which language the page is in.
 */
import { attachSearch } from '$lib/behaviours/search';
import { attachShare } from '$lib/behaviours/share';
import { keepQuotesInPrint, markStarted } from '$lib/behaviours/print';
import { loadCatalogue } from '$lib/i18n/catalogue';
import { setLocale } from '$lib/i18n/current';
import { baseLocale, hrefFrom, locales, type Locale } from '$lib/i18n/locales';

const script = document.querySelector<HTMLScriptElement>('script[data-reading]');
const root = new URL(script?.dataset.root ?? '/', document.baseURI).href;
const wanted = script?.dataset.locale;
const locale: Locale = locales.find((l) => l === wanted) ?? baseLocale;
const absolute = (path: string) => hrefFrom(root, path, locale);

setLocale(locale);
// Messages the behaviours write (result counts, "Copied") come from the page's catalogue.
await loadCatalogue(locale);

const search = document.querySelector<HTMLElement>('.site-header [role=search]');
if (search)
	attachSearch(search, {
		indexUrl: new URL('search.json', root).href,
		hrefOf: (entry) => absolute(entry.href),
		navigate: (href) => location.assign(href)
	});
for (const share of document.querySelectorAll<HTMLElement>('.share-root'))
	attachShare(share, { absolute, pymScript: new URL('embed/pym.v1.min.js', root).href });
keepQuotesInPrint();
markStarted();
