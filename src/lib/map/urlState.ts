/**
 * The map's view as URL search parameters, so every view is a link:
 *   ?year=2019&measure=registered_workers&earlier=1&corridor=KHM-THA   or   &country=THA
 * Anything that does not parse or does not exist falls back to the default, never to an error.
 */
import type { Measure } from '$lib/data/schema';

export interface MapState {
	year: number;
	measure: Measure;
	earlier: boolean;
	corridor: string | null;
	country: string | null;
}

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
			country && o.countryCodes.has(country) && !(corridor && o.corridorKeys.has(corridor)) ? country : null
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
	return p;
}
