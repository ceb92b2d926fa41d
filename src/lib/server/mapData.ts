/**
 * What the corridor map needs, for the home page, its embed and the presentations alike, but its
 * figures: those come from virtual:figures, a module the browser caches, not from each page's data.
 */
import { profileCodes } from '$lib/data/profile';
import type { Locale } from '$lib/i18n/locales';
import { markShapes, prerenderedDrawings, type PrerenderedDrawings } from '$lib/map/prerendered';
import { DEFAULT_BOUNDS } from '$lib/map/view';
import { buildBoundaries } from './boundaries';
import { countriesIn, getDataset } from './dataset';

export function mapData(locale: Locale) {
	const { countries, sources, records } = getDataset();
	return {
		countries: countriesIn(locale).map(({ code, name, role, anchor }) => ({ code, name, role, anchor })),
		profiles: profileCodes(countries, records),
		sources: sources.map(({ id, title, short_title, date_published }) => ({
			id,
			title,
			short_title,
			date_published
		}))
	};
}

let drawings: PrerenderedDrawings | undefined;

/**
 * The default view's map as the page's HTML carries it (shapes only; the lines are drawn from the figures
 * above): made once per build, from the coarse boundaries, as it is the same in every language.
 */
export function prerenderedMap(): PrerenderedDrawings {
	drawings ??= prerenderedDrawings(buildBoundaries(getDataset().countries, 'coarse'), DEFAULT_BOUNDS);
	return drawings;
}

/** The same drawings as the page's data carries them: the shapes' markup is written into the HTML only. */
export const prerenderedMapData = (): PrerenderedDrawings => markShapes(prerenderedMap());
