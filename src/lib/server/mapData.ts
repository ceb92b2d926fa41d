/** What the corridor map needs, for the home page and its embed alike. */
import { profileCodes } from '$lib/data/profile';
import type { Locale } from '$lib/i18n/locales';
import { countriesIn, getDataset } from './dataset';

export function mapData(locale: Locale) {
	const { countries, sources, records } = getDataset();
	return {
		figures: records.figures,
		countries: countriesIn(locale).map(({ code, name, role, anchor }) => ({ code, name, role, anchor })),
		profiles: profileCodes(countries, records),
		sources: sources.map(({ id, title, short_title, date_published }) => ({
			id,
			title,
			short_title,
			date_published
		}))
	};
}
