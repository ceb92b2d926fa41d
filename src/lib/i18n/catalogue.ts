/**
 * The compiled message catalogues, one module per language (Paraglide JS, locale-modules). The server
 * loads all of them once (hooks.server.ts init); a browser loads only its page's language, before the
 * page starts (the root +layout.ts), so no page ships six languages it does not show.
 */
import { getLocale } from './current';
import { locales, type Locale } from './locales';

export type Message = (inputs?: Record<string, unknown>) => string;
type Catalogue = Record<string, Message>;

const loaders: Record<Locale, () => Promise<unknown>> = {
	en: () => import('$lib/paraglide/messages/en.js'),
	th: () => import('$lib/paraglide/messages/th.js'),
	km: () => import('$lib/paraglide/messages/km.js'),
	lo: () => import('$lib/paraglide/messages/lo.js'),
	my: () => import('$lib/paraglide/messages/my.js'),
	vi: () => import('$lib/paraglide/messages/vi.js'),
	'zh-hans': () => import('$lib/paraglide/messages/zh-hans.js')
};

const loaded: Partial<Record<Locale, Catalogue>> = {};

export async function loadCatalogue(locale: Locale): Promise<void> {
	loaded[locale] ??= (await loaders[locale]()) as Catalogue;
}

export const loadAllCatalogues = () => Promise.all(locales.map(loadCatalogue));

/** A message of the page's language; an unknown key is a bug the catalogue check catches before this. */
export function msg(key: string): Message {
	const locale = getLocale();
	const catalogue = loaded[locale];
	if (!catalogue) throw new Error(`The ${locale} messages are not loaded (loadCatalogue first).`);
	const message = catalogue[key];
	if (!message) throw new Error(`No message "${key}" in the ${locale} catalogue.`);
	return message;
}
