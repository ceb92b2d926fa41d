import { json } from '@sveltejs/kit';
import { profileCodes } from '$lib/data/profile';
import { buildSearchIndex } from '$lib/data/search';
import { getDataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
	const d = getDataset();
	const index = buildSearchIndex({
		countries: d.countries,
		profiles: profileCodes(d.countries, d.records),
		...d.records
	});
	return json(index);
}
