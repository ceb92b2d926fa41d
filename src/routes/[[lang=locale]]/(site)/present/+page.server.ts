import { inEveryLocale } from '$lib/i18n/locales';
import { getDataset } from '$lib/server/dataset';

export const load = () => ({
	presentations: getDataset().presentations.map(({ id, title, description, steps }) => ({
		id,
		title,
		description,
		steps: steps.length
	}))
});

/** This page in every language. */
export const entries = () => inEveryLocale();
