import { inEveryLocale } from '$lib/i18n/locales';
import { error } from '@sveltejs/kit';
import { getDataset, localeOf } from '$lib/server/dataset';
import { mapData } from '$lib/server/mapData';
import { localisePresentation } from '$lib/present/localise';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	inEveryLocale(getDataset().presentations.map((p) => ({ id: p.id })));

export function load({ params }) {
	const presentation = getDataset().presentations.find((p) => p.id === params.id);
	if (!presentation) error(404, `No presentation ${params.id}`);
	const locale = localeOf(params);
	return { presentation: localisePresentation(presentation, locale), ...mapData(locale) };
}
