import { preloadedFonts } from '$lib/server/fonts';
import { localeOf, releaseDate, siteRoot, siteUrl } from '$lib/server/dataset';
import { localeInfo } from '$lib/i18n/locales';

export function load({ params }) {
	return {
		siteUrl: siteUrl(),
		release: releaseDate(),
		siteRoot: siteRoot(),
		// The Chinese pages' font, fetched from the head rather than once the page is laid out (fonts.ts).
		fonts: preloadedFonts(localeInfo[localeOf(params)].script)
	};
}
