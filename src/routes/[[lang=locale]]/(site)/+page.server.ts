import { inEveryLocale } from '$lib/i18n/locales';
import { localeOf } from '$lib/server/dataset';
import { mapData, prerenderedMapData } from '$lib/server/mapData';

export const load = ({ params }) => ({ ...mapData(localeOf(params)), prerendered: prerenderedMapData() });

/** This page in every language. */
export const entries = () => inEveryLocale();
