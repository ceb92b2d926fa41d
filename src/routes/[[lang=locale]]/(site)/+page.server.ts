import { inEveryLocale } from '$lib/i18n/locales';
import { localeOf } from '$lib/server/dataset';
import { mapData, prerenderedMapData } from '$lib/server/mapData';

export const load = ({ params }) => ({ ...mapData(localeOf(params)), prerendered: prerenderedMapData() });

/** This page in every language. */
export const entries = () => inEveryLocale();

/**
 * The page does not start SvelteKit's client: its start was the page's longest task (about 150 ms of a
 * 4x-slowed phone, most of it the router and the layouts around the map). Its own script hydrates the
 * map and its panel alone (src/lib/home/main.ts); the header works as on the reading pages.
 */
export const csr = false;
