/**
 * The map's view as URL search parameters, so every view is a link:
 *   ?year=2019&measure=registered_workers&earlier=1&corridor=KHM-THA   or   &country=THA
 *   &view=92.5,5.1,110.2,24.8   (the map's bounds: west, south, east, north, when moved from the default)
 * Anything that does not parse or does not exist falls back to the default, never to an error.
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
}

/** "w,s,e,n" in degrees, west < east and south < north, inside the world; else null. */
export function parseView(text: string | null): Bounds | null {
	if (!text) return null;
	const n = text.split(',').map(Number);
	if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) return null;
	const [w, s, e, north] = n as [number, number, number, number];
	if (w < -180 || e > 180 || s < -85 || north > 85 || w >= e || s >= north) return null;
	return [
		[w, s],
		[e, north]
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

export function parseMapState(params: URLSearchParams, o: StateOptions): MapState {
	const yearParam = Number(params.get('year'));
	const year = Number.isInteger(yearParam) && o.years.includes(yearParam) ? yearParam : o.defaultYear;
	const measureParam = params.get('measure') as Measure | null;
	const measure =
		measureParam && o.measuresIn(year).includes(measureParam) ? measureParam : o.defaultMeasureFor(year);
	const corridor = params.get('corridor')?.toUpperCase() ?? null;
	const country = params.get('country')?.toUpperCase() ?? null;
	return {
		year,
		measure,
		earlier: params.get('earlier') === '1',
		corridor: corridor && o.corridorKeys.has(corridor) ? corridor : null,
		country:
			country && o.countryCodes.has(country) && !(corridor && o.corridorKeys.has(corridor)) ? country : null,
		view: parseView(params.get('view'))
	};
}

/** Search params for a state, leaving out what equals the default so shared links stay short. */
export function mapStateParams(
	s: MapState,
	o: Pick<StateOptions, 'defaultYear' | 'defaultMeasureFor'>
): URLSearchParams {
	const p = new URLSearchParams();
	if (s.year !== o.defaultYear) p.set('year', String(s.year));
	if (s.measure !== o.defaultMeasureFor(s.year)) p.set('measure', s.measure);
	if (s.earlier) p.set('earlier', '1');
	if (s.corridor) p.set('corridor', s.corridor);
	else if (s.country) p.set('country', s.country);
	if (s.view) p.set('view', formatView(s.view));
	return p;
}
