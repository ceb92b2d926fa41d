/**
 * Names for codes and ids, in one place: a place's name for its code, and a source's title for its id
 * in two lengths (the full title for citations and sources lines; the short one where space is tight:
 * tooltips, chart bars, the hidden table). `Lookups` is the plain-object form pages receive from the
 * server; `namers()` turns it into functions.
 */
import type { Country, Source } from './schema';

export interface Lookups {
	/** Place code -> name. */
	names: Record<string, string>;
	/** Source id -> full title. */
	sources: Record<string, string>;
	/** Source id -> short title. */
	shortSources: Record<string, string>;
}

export interface Namers {
	/** "KHM" -> "Cambodia"; an unknown code stays as it is. */
	place: (code: string) => string;
	/** Full title of a source document. */
	sourceTitle: (id: string) => string;
	/** Short title of a source document. */
	sourceShort: (id: string) => string;
}

/** A place's name in a language: its curated name there, else the English one. */
export const localName = (c: Pick<Country, 'name'> & { names?: Record<string, string> }, locale: string) =>
	c.names?.[locale] ?? c.name;

export function lookupsOf(
	countries: Pick<Country, 'code' | 'name'>[],
	sources: Pick<Source, 'id' | 'title' | 'short_title'>[]
): Lookups {
	return {
		names: Object.fromEntries(countries.map((c) => [c.code, c.name])),
		sources: Object.fromEntries(sources.map((s) => [s.id, s.title])),
		shortSources: Object.fromEntries(sources.map((s) => [s.id, s.short_title]))
	};
}

export function namers(l: Lookups): Namers {
	return {
		place: (code) => l.names[code] ?? code,
		sourceTitle: (id) => l.sources[id] ?? id,
		sourceShort: (id) => l.shortSources[id] ?? l.sources[id] ?? id
	};
}
