import { profileCodes } from '$lib/data/profile';
import { getDataset } from '$lib/server/dataset';

export function load() {
	const { figures } = getDataset().records;
	const { countries, sources } = getDataset();
	return {
		figures,
		countries: countries.map(({ code, name, role, anchor }) => ({ code, name, role, anchor })),
		profiles: profileCodes(countries, getDataset().records),
		sources: sources.map(({ id, title, short_title, date_published }) => ({
			id,
			title,
			short_title,
			date_published
		}))
	};
}
