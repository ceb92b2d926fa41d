import { inEveryLocale } from '$lib/i18n/locales';
import { getDataset, localeOf } from '$lib/server/dataset';
import { localisePresentation } from '$lib/present/localise';

export const load = ({ params }) => ({
	presentations: getDataset().presentations.map((p) => {
		const { id, title, description, lang, steps } = localisePresentation(p, localeOf(params));
		return { id, title, description, lang, steps: steps.length };
	})
});

/** This page in every language. */
export const entries = () => inEveryLocale();
