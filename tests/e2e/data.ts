/**
 * Expected numbers for e2e tests, computed straight from data/ (deliberately not through the app's own
 * modules, so a bug there cannot make its own test pass): which figures may size a line, restated here
 * from data/README.md.
 */
import { data } from '../fixtures';

export const figures = data.figures();
export const countries = data.countries();
const anchored = new Set(countries.filter((c) => c.anchor).map((c) => c.code));

/** The periods that may size a line, per count measure (data/README.md, "Which figure the map draws"). */
const PERIODS: Record<string, string[]> = {
	stock: ['point'],
	registered_workers: ['point'],
	nationality_verification: ['point'],
	departures: ['year'],
	mou_deployments: ['year'],
	returns_deportations: ['year'],
	quota_target: ['year', 'point']
};

/** Figures that can size a line on the map. */
export const drawable = figures.filter(
	(f) =>
		f.unit === 'people' &&
		f.scope === 'all' &&
		f.multiplier === null &&
		(PERIODS[f.measure] ?? []).includes(f.period) &&
		f.origin !== f.destination &&
		anchored.has(f.origin) &&
		anchored.has(f.destination)
);

/** Distinct corridors per measure in a year. */
export function corridorCounts(year: number): Map<string, number> {
	const sets = new Map<string, Set<string>>();
	for (const f of drawable.filter((f) => f.year === year)) {
		sets.set(f.measure, (sets.get(f.measure) ?? new Set()).add(`${f.origin}-${f.destination}`));
	}
	return new Map([...sets].map(([m, s]) => [m, s.size]));
}

/** The number of lines the default measure draws in a year: the most corridors of any one measure. */
export const linesForYear = (year: number) => Math.max(0, ...corridorCounts(year).values());

export const years = [...new Set(drawable.map((f) => f.year))].sort();
export const countryName = (code: string) => countries.find((c) => c.code === code)!.name;
