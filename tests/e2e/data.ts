/**
 * Expected numbers for e2e tests, computed straight from data/ (deliberately not through the app's own
 * modules, so a bug there cannot make its own test pass).
 */
import fs from 'node:fs';

interface F {
	origin: string;
	destination: string;
	year: number;
	measure: string;
	unit: string;
	citations: { source: string; line: number; quote: string }[];
}
const read = <T>(file: string): T => JSON.parse(fs.readFileSync(`data/${file}`, 'utf8')) as T;

export const figures = read<F[]>('figures.json');
export const countries = read<{ code: string; name: string; anchor: unknown }[]>('countries.json');
const anchored = new Set(countries.filter((c) => c.anchor).map((c) => c.code));
const PEOPLE_MEASURES = [
	'stock',
	'registered_workers',
	'mou_deployments',
	'nationality_verification',
	'departures',
	'returns_deportations',
	'quota_target'
];

export const drawable = figures.filter(
	(f) =>
		f.unit === 'people' &&
		PEOPLE_MEASURES.includes(f.measure) &&
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
