/**
 * The language the page is being drawn in. The root layout sets it from the URL's language prefix before
 * anything renders (prerendering draws one page at a time, synchronously; in the browser the page has
 * one language until the reader switches, which loads the other language's page). copy.ts and the
 * formatters read it.
 */
import { baseLocale, localeInfo, type Locale } from './locales';

let current: Locale = baseLocale;

export const getLocale = (): Locale => current;

export function setLocale(locale: Locale) {
	current = locale;
}

/** A lang attribute for words in `locale`: none where that is the page's language, else its BCP 47 tag. */
export const langIfOther = (locale: Locale): string | undefined =>
	locale === current ? undefined : localeInfo[locale].tag;
