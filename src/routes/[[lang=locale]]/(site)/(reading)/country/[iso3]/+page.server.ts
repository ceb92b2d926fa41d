import { inEveryLocale } from '$lib/i18n/locales';
import { error } from '@sveltejs/kit';
import { countryProfile, profileCodes } from '$lib/data/profile';
import { countriesIn, getDataset, localeOf, lookups } from '$lib/server/dataset';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => {
	const d = getDataset();
	return inEveryLocale(profileCodes(d.countries, d.records).map((iso3) => ({ iso3 })));
};

export function load({ params }) {
	const d = getDataset();
	const country = countriesIn(localeOf(params), d).find((c) => c.code === params.iso3 && c.kind !== 'group');
	if (!country) error(404, `No country with the code ${params.iso3}`);
	return {
		country,
		profile: countryProfile(country.code, d.records, d.sources),
		lookups: lookups(d, localeOf(params))
	};
}
