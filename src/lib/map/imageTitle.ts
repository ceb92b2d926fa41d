/**
 * The title of an exported PNG, naming the view in one sentence: "Cambodia to Thailand, 2019: registered
 * workers" for a corridor, "Registered workers, 2019: corridors into Thailand" for a country (into, from,
 * or to and from it, by the lines drawn), "Registered workers, 2019" for the whole map. One whole
 * message per kind of view, so every language orders it as it needs. Pure.
 */
import { copy } from '$lib/copy';
import type { Corridor } from '$lib/data/corridors';
import { measureNouns } from '$lib/data/format';
import type { Measure } from '$lib/data/schema';
import { viewTitle } from '$lib/embed/viewTitle';

export interface ImageView {
	year: number;
	measure: Measure;
	corridor: string | null;
	country: string | null;
}

/** A title starts with a capital letter in the scripts that have them ("registered workers, ..."). */
const capitalFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function imageTitle(
	v: ImageView,
	corridors: Pick<Corridor, 'origin' | 'destination'>[],
	place: (code: string) => string
): string {
	if (v.corridor) return viewTitle({ ...v, country: null }, place);
	const measure = measureNouns[v.measure];
	if (!v.country) return capitalFirst(copy.download.imageTitleMap(measure, v.year));
	const code = v.country;
	const into = corridors.some((c) => c.destination === code);
	const from = corridors.some((c) => c.origin === code);
	const title =
		into && !from
			? copy.download.imageTitleInto
			: from && !into
				? copy.download.imageTitleFrom
				: copy.download.imageTitleBoth;
	return capitalFirst(title(place(code), v.year, measure));
}

/** The lines a view picks out (the rest are dimmed in the image): the corridor, or the country's lines. */
export function emphasised(
	v: Pick<ImageView, 'corridor' | 'country'>,
	corridors: Pick<Corridor, 'key' | 'origin' | 'destination'>[]
): Set<string> | null {
	if (v.corridor) return new Set([v.corridor]);
	if (v.country)
		return new Set(
			corridors.filter((c) => c.origin === v.country || c.destination === v.country).map((c) => c.key)
		);
	return null;
}
