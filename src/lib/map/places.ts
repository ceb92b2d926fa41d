/** The places a map names and points at, built once from the country table, for the map's layers. */
import type { Namers } from '$lib/data/namers';
import type { Country } from '$lib/data/schema';
import type { Point } from './geometry';
import type { Projector } from './projection';

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

/** Both ends of a corridor on screen, or null when a place has no point or is projected away. */
export function projectEnds(
	places: Pick<Places, 'anchors'>,
	c: { origin: string; destination: string },
	project: Projector
): [Point, Point] | null {
	const a = places.anchors.get(c.origin);
	const b = places.anchors.get(c.destination);
	const p0 = a && project(a);
	const p1 = b && project(b);
	return p0 && p1 ? [p0, p1] : null;
}
