/**
 * The site's languages: English at the root, the others under a path prefix (/th/, /km/, /lo/, /my/,
 * /vi/, /zh-hans/). The locale ids are the URL prefixes; `tag` is the BCP 47 tag for <html lang> and
 * Intl; `script` is the writing system whose font the page loads (none for Latin scripts).
 */
export const locales = ['en', 'th', 'km', 'lo', 'my', 'vi', 'zh-hans'] as const;
export type Locale = (typeof locales)[number];
export const baseLocale: Locale = 'en';

/**
 * The languages this build makes pages in: every one, except in the benchmark's synthetic builds
 * (MMC_ENGLISH_ONLY=1, vite.config.ts), where tens of thousands of corridor pages in 7 languages would
 * take hours to build and measure nothing more. The switcher and alternate links list only these, so
 * the prerender crawl does not reach the others.
 */
export const builtLocales: readonly Locale[] =
	typeof __ENGLISH_ONLY__ !== 'undefined' && __ENGLISH_ONLY__ ? ['en'] : locales;

export interface LocaleInfo {
	tag: string;
	/** The language's own name, for the language switcher. */
	native: string;
	/** The script whose self-hosted font the page needs; null where system fonts do. */
	script: 'thai' | 'khmer' | 'lao' | 'myanmar' | 'han' | null;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
	en: { tag: 'en', native: 'English', script: null },
	th: { tag: 'th', native: 'ไทย', script: 'thai' },
	km: { tag: 'km', native: 'ខ្មែរ', script: 'khmer' },
	lo: { tag: 'lo', native: 'ລາວ', script: 'lao' },
	my: { tag: 'my', native: 'မြန်မာ', script: 'myanmar' },
	vi: { tag: 'vi', native: 'Tiếng Việt', script: null },
	'zh-hans': { tag: 'zh-Hans', native: '简体中文', script: 'han' }
};

export const isLocale = (x: unknown): x is Locale =>
	typeof x === 'string' && (locales as readonly string[]).includes(x);

/** The locale of a path: its first segment when that is a locale prefix, else English. */
export function localeOfPath(pathname: string): Locale {
	const first = pathname.split('/').find(Boolean);
	return isLocale(first) && first !== baseLocale ? first : baseLocale;
}

/** A path in another language: "/km/country/THA" <-> "/country/THA" (query and hash kept by the caller). */
export function pathIn(pathname: string, locale: Locale): string {
	const current = localeOfPath(pathname);
	const rest =
		current === baseLocale ? pathname : pathname.replace(new RegExp(`^/${current}(?=/|$)`), '') || '/';
	if (locale === baseLocale) return rest;
	return `/${locale}${rest === '/' ? '' : rest}`;
}

/**
 * A site path in a language, as a link from the site's root URL `root` (ending in "/": "/", "../",
 * "https://example.org/corridors/"): "/country/THA?year=2019" in km from "../" is "../km/country/THA?year=2019".
 */
export function hrefFrom(root: string, path: string, locale: Locale): string {
	const cut = path.search(/[?#]/);
	const [pathname, rest] = cut < 0 ? [path, ''] : [path.slice(0, cut), path.slice(cut)];
	return root + pathIn(pathname || '/', locale).replace(/^\//, '') + rest;
}

/** A page's prerender entries in every language: English without a prefix, the others with `lang`. */
export function inEveryLocale<T extends Record<string, string>>(
	entries: T[] = [{} as T]
): (T & { lang?: string })[] {
	return builtLocales.flatMap((l) => entries.map((e) => (l === baseLocale ? e : { ...e, lang: l })));
}
