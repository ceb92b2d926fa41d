import { inEveryLocale } from '$lib/i18n/locales';
import { error } from '@sveltejs/kit';
import { recordsFromSource } from '$lib/data/bySource';
import { profileCodes } from '$lib/data/profile';
import { getDataset, localeOf, lookups } from '$lib/server/dataset';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => inEveryLocale(getDataset().sources.map((s) => ({ id: s.id })));

export function load({ params }) {
	const d = getDataset();
	const source = d.sources.find((s) => s.id === params.id);
	if (!source) error(404, `No source ${params.id}`);
	return {
		source,
		records: recordsFromSource(d.records, source.id),
		profiles: profileCodes(d.countries, d.records),
		lookups: lookups(d, localeOf(params))
	};
}
