import { inEveryLocale } from '$lib/i18n/locales';
import { countsBySource } from '$lib/data/bySource';
import { getDataset } from '$lib/server/dataset';

export function load() {
	const { sources, records } = getDataset();
	return {
		sources,
		counts: countsBySource(
			records,
			sources.map((s) => s.id)
		)
	};
}

/** This page in every language. */
export const entries = () => inEveryLocale();
