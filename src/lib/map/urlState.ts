/**
 * The map's view as URL search parameters, so every view is a link:
 *   ?year=2019&measure=registered_workers&earlier=1&corridor=KHM-THA   or   &country=THA
 *   &view=92.5,5.1,110.2,24.8   (the map's bounds: west, south, east, north, when moved from the default)
 *   &controls=0                 (an embed without the year and measure controls)
 *   &maxheight=600              (an embed's height cap in CSS pixels: taller content scrolls inside it)
 * Anything that does not parse or does not exist falls back to the default, never to an error. A
 * host page's Pym.js adds its own parameters (childId, ...): they belong to the embed, so they are kept
 * when the URL is rewritten and dropped from links to the full view.
 */
import type { Measure } from '$lib/data/schema';
import type { Bounds } from './view';

export interface MapState {
	year: number;
	measure: Measure;
	earlier: boolean;
	corridor: string | null;
	country: string | null;
	view: Bounds | null;
	/** Show the year and measure controls (false only when an embed asks, with controls=0). */
	controls: boolean;
}

/** The smallest span a view may have, in degrees: about a city; smaller cannot be drawn usefully. */
export const MIN_SPAN = 0.5;
/** The map's world: the projection is not usable past these latitudes. */
const WORLD: Bounds = [
	[-180, -85],
	[180, 85]
];

/** A plain decimal number ("92.5", "-3"); not hex, exponents, empty parts or spaces. */
const DECIMAL = /^-?\d{1,3}(\.\d{1,6})?$/;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * "w,s,e,n" in degrees, west < east and south < north, clamped to the world and widened to at least
 * MIN_SPAN around its centre; null for anything else ("1e-9", "0x10", "100,,110,20", reversed bounds).
 */
export function parseView(text: string | null): Bounds | null {
	if (!text) return null;
	const parts = text.split(',');
	if (parts.length !== 4 || !parts.every((p) => DECIMAL.test(p))) return null;
	const [w, s, e, n] = parts.map(Number) as [number, number, number, number];
	if (w >= e || s >= n) return null;
	const widen = (lo: number, hi: number, min: number, max: number): [number, number] => {
		const [a, b] = [clamp(lo, min, max), clamp(hi, min, max)];
		if (b - a >= MIN_SPAN) return [a, b];
		const mid = clamp((a + b) / 2, min + MIN_SPAN / 2, max - MIN_SPAN / 2);
		return [mid - MIN_SPAN / 2, mid + MIN_SPAN / 2];
	};
	const [west, east] = widen(w, e, WORLD[0][0], WORLD[1][0]);
	const [south, north] = widen(s, n, WORLD[0][1], WORLD[1][1]);
	return [
		[west, south],
		[east, north]
	];
}

export const formatView = (b: Bounds) =>
	b
		.flat()
		.map((x) => Math.round(x * 100) / 100)
		.join(',');

export interface StateOptions {
	years: number[];
	defaultYear: number;
	/** The measures available in a year, and the default for it. */
	measuresIn: (year: number) => Measure[];
	defaultMeasureFor: (year: number) => Measure;
	corridorKeys: Set<string>;
	countryCodes: Set<string>;
}

export function parseMapState(query: URLSearchParams | string, o: StateOptions): MapState {
	const params = new URLSearchParams(query);
	const yearText = params.get('year') ?? '';
	const yearParam = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
	const year = o.years.includes(yearParam) ? yearParam : o.defaultYear;
	const measureParam = params.get('measure') as Measure | null;
	const measure =
		measureParam && o.measuresIn(year).includes(measureParam) ? measureParam : o.defaultMeasureFor(year);
	const corridor = params.get('corridor')?.toUpperCase() ?? null;
	const country = params.get('country')?.toUpperCase() ?? null;
	const validCorridor = corridor && o.corridorKeys.has(corridor) ? corridor : null;
	return {
		year,
		measure,
		earlier: params.get('earlier') === '1',
		corridor: validCorridor,
		country: country && o.countryCodes.has(country) && !validCorridor ? country : null,
		view: parseView(params.get('view')),
		controls: params.get('controls') !== '0'
	};
}

/**
 * Search params for a state, leaving out what equals the default so shared links stay short; `pinned`
 * keeps the year and measure even when they are the default, for links that must show the same view
 * after a new data release changes the default (embed snippets, an embed's "Open full view").
 */
export function mapStateParams(
	s: MapState,
	o: Pick<StateOptions, 'defaultYear' | 'defaultMeasureFor'>,
	pinned = false
): URLSearchParams {
	const p = new URLSearchParams();
	if (pinned || s.year !== o.defaultYear) p.set('year', String(s.year));
	if (pinned || s.measure !== o.defaultMeasureFor(s.year)) p.set('measure', s.measure);
	if (s.earlier) p.set('earlier', '1');
	if (s.corridor) p.set('corridor', s.corridor);
	else if (s.country) p.set('country', s.country);
	if (s.view) p.set('view', formatView(s.view));
	if (!s.controls) p.set('controls', '0');
	return p;
}

/** Parameters a host page's Pym.js adds to an embed's URL: they belong to the embedding, not the view. */
export const PYM_PARAMS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl'] as const;
/** Parameters of the embedding itself (Pym's, and the snippet's height cap): never part of the view. */
export const EMBED_PARAMS = [...PYM_PARAMS, 'maxheight'] as const;

/** The smallest and largest height cap an embed accepts, in CSS pixels. */
export const MAX_HEIGHT_RANGE = [200, 4000] as const;

/** The height cap a snippet set ("maxheight=600"): a whole number of pixels within range, else null. */
export function parseMaxHeight(search: URLSearchParams | string): number | null {
	const text = new URLSearchParams(search).get('maxheight') ?? '';
	if (!/^\d{1,4}$/.test(text)) return null;
	const px = Number(text);
	return px >= MAX_HEIGHT_RANGE[0] && px <= MAX_HEIGHT_RANGE[1] ? px : null;
}

/** The view's parameters plus the embedding's parameters of the current URL, for rewriting an embed's URL in place. */
export function withPymParams(view: URLSearchParams, currentSearch: string): URLSearchParams {
	const current = new URLSearchParams(currentSearch);
	const out = new URLSearchParams(view);
	for (const key of EMBED_PARAMS) {
		const v = current.get(key);
		if (v !== null) out.set(key, v);
	}
	return out;
}

/** The query of the full view an embed shows: "?year=2019&childId=x&controls=0" -> "?year=2019". */
export function fullViewQuery(search: string): string {
	const dropped: readonly string[] = [...EMBED_PARAMS, 'controls'];
	const kept = [...new URLSearchParams(search)].filter(([key]) => !dropped.includes(key));
	return kept.length ? `?${new URLSearchParams(kept)}` : '';
}
