/**
 * What a page that does not start SvelteKit's client needs from its script before anything else (the
 * reading pages, src/lib/reading/main.ts, and the home page, src/lib/home/main.ts): its language and
 * messages, the header's search, the language links that keep the reader's view, and quotes kept in print.
 * The page's script tag (pageScript.ts) says where the site's root is and which language the page is in.
 */
import { attachLanguageLinks } from '$lib/behaviours/languages';
import { attachSearch } from '$lib/behaviours/search';
import { keepQuotesInPrint } from '$lib/behaviours/print';
import { loadCatalogue } from '$lib/i18n/catalogue';
import { setLocale } from '$lib/i18n/current';
import { baseLocale, hrefFrom, locales, type Locale } from '$lib/i18n/locales';
import type { PageEntry } from '$lib/hydration/pageScript';

export interface StartedPage {
	locale: Locale;
	/** The site's root, absolute: "https://example.org/corridors/". */
	root: string;
	/** A path from the site's root in this page's language, absolute. */
	absolute: (path: string) => string;
}

export async function startPage(entry: PageEntry): Promise<StartedPage> {
	const script = document.querySelector<HTMLScriptElement>(`script[data-${entry}]`);
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
	for (const languages of document.querySelectorAll<HTMLElement>('.site-header details.languages'))
		attachLanguageLinks(languages);
	keepQuotesInPrint();
	return { locale, root, absolute };
}
