import { error, json } from '@sveltejs/kit';
import { countryProfile, profileCodes } from '$lib/data/profile';
import { getDataset } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** The profile of one country as JSON, fetched by the panel beside the map when a country is selected. */
export const entries: EntryGenerator = () => {
	const d = getDataset();
	return profileCodes(d.countries, d.records).map((iso3) => ({ iso3 }));
};

export const GET: RequestHandler = ({ params }) => {
	const d = getDataset();
	if (!profileCodes(d.countries, d.records).includes(params.iso3)) error(404, `No country ${params.iso3}`);
	return json(countryProfile(params.iso3, d.records, d.sources));
};
