import { error } from '@sveltejs/kit';
import { countryCard } from '$lib/data/countryCard';
import { countryProfile } from '$lib/data/profile';
import { countriesIn, getDataset, localeOf, lookups } from '$lib/server/dataset';

/** A card for every country that has a profile, in every language (inEveryLocale, as the profile). */
export { entries } from '../../../../(site)/(reading)/country/[iso3]/+page.server';

export function load({ params }) {
	const d = getDataset();
	const country = countriesIn(localeOf(params), d).find((c) => c.code === params.iso3 && c.kind !== 'group');
	if (!country) error(404, `No country with the code ${params.iso3}`);
	return {
		country,
		card: countryCard(countryProfile(country.code, d.records, d.sources)),
		lookups: lookups(d, localeOf(params))
	};
}
