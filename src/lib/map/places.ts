/** The places a map names and points at, built once from the country table, for the map's layers. */
import type { Namers } from '$lib/data/namers';
import type { Country } from '$lib/data/schema';

export interface Places {
	namers: Namers;
	/** Code -> [longitude, latitude] where lines start and end. */
	anchors: Map<string, [number, number]>;
	/** Codes named on the map (labels). */
	labelled: string[];
	/** Codes that open a country panel when clicked. */
	clickable: Set<string>;
}

export function places(
	countries: Pick<Country, 'code' | 'anchor'>[],
	namers: Namers,
	labelled: string[],
	clickable: Iterable<string> = []
): Places {
	return {
		namers,
		anchors: new Map(countries.flatMap((c) => (c.anchor ? [[c.code, c.anchor] as const] : []))),
		labelled,
		clickable: new Set(clickable)
	};
}
