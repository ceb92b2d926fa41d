import { inEveryLocale } from '$lib/i18n/locales';
import { corridorPairs, profileCodes } from '$lib/data/profile';
import { countriesIn, getDataset, localeOf } from '$lib/server/dataset';

/**
 * The not-found page, one per language (build/404.html, build/km/404.html...), which a static host sends
 * for any address it does not have. It is served at that address, at any depth, so it cannot start the
 * app (whose scripts find the site by relative paths): it is plain HTML with one small script of its own
 * (static/not-found.js) that offers the page the address was probably meant to be.
 */
export const csr = false;
export const entries = () => inEveryLocale();

export function load({ params }) {
	const d = getDataset();
	const names = new Map(countriesIn(localeOf(params), d).map((c) => [c.code, c]));
	const english = new Map(d.countries.map((c) => [c.code, c]));
	/** What an address or a reader's typing may contain for a place: its code, its names, its aliases. */
	const keys = (code: string) => {
		const e = english.get(code);
		return [code, e?.name, names.get(code)?.name, ...(e?.aliases ?? [])]
			.filter((k): k is string => Boolean(k))
			.map((k) => k.toLowerCase());
	};
	const countries = profileCodes(d.countries, d.records).map((code) => ({
		code,
		name: names.get(code)?.name ?? code,
		keys: [...new Set(keys(code))].join('|')
	}));
	const corridors = corridorPairs(d.records.figures).map(([origin, destination]) => ({
		key: `${origin}-${destination}`,
		from: names.get(origin)?.name ?? origin,
		to: names.get(destination)?.name ?? destination,
		keys: [`${origin}-${destination}`.toLowerCase(), ...keys(origin), ...keys(destination)].join('|')
	}));
	return { countries, corridors };
}
