/**
 * Which corridors the map draws for a year and a measure, and which figure sizes each line.
 * Pure: the map, the hidden table, the CSV of the view and the tests all use the same selection.
 *
 * The tie rule, where one corridor-year has several figures of the same measure:
 *   1. the latest `as_of` that can be read as a date ("September 2019" > "June 2019" > "2019");
 *   2. then the figure from the more recently published document;
 *   3. then the first by id, so the choice is stable.
 * The tooltip and panel list all of them; different measures are never mixed on one line.
 */
import type { Country, Figure, Measure, Source } from './schema';

/** Measures that count people moving or living somewhere, and so can size a corridor line. */
export const mapMeasures: Measure[] = [
	'stock',
	'registered_workers',
	'mou_deployments',
	'nationality_verification',
	'departures',
	'returns_deportations',
	'quota_target'
];

export interface Corridor {
	/** "KHM-THA" */
	key: string;
	origin: string;
	destination: string;
	/** The figure that sizes the line, chosen by the tie rule. */
	figure: Figure;
	/** Every figure of this measure for this corridor and year (the chosen one first). */
	figures: Figure[];
	/** Set when the line shows the latest earlier figure because the selected year has none. */
	carriedFrom: number | null;
}

export const corridorKey = (origin: string, destination: string) => `${origin}-${destination}`;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A sortable number for an "as of" wording, or -1 when it cannot be read: "September 2019" -> 201909. */
export function asOfRank(asOf: string | null, year: number): number {
	if (!asOf) return -1;
	const text = asOf.toLowerCase();
	const y = Number(/\b(19|20)\d{2}\b/.exec(text)?.[0] ?? year);
	const month = MONTHS.findIndex((m) => text.includes(m));
	if (month >= 0) return y * 100 + month + 1;
	if (/\bend\b|\blate\b/.test(text)) return y * 100 + 12;
	return /\b(19|20)\d{2}\b/.test(text) ? y * 100 : -1;
}

/** Compares two figures of one corridor-year: negative when `a` wins. */
export function compareByTieRule(a: Figure, b: Figure, published: (f: Figure) => string): number {
	return (
		asOfRank(b.as_of, b.year) - asOfRank(a.as_of, a.year) ||
		published(b).localeCompare(published(a)) ||
		a.id.localeCompare(b.id)
	);
}

/** Figures that can be drawn: people, between two different places that both have a point on the map. */
export function drawableFigures(figures: Figure[], countries: Country[]): Figure[] {
	const anchored = new Set(countries.filter((c) => c.anchor).map((c) => c.code));
	return figures.filter(
		(f) =>
			mapMeasures.includes(f.measure) &&
			f.unit === 'people' &&
			f.origin !== f.destination &&
			anchored.has(f.origin) &&
			anchored.has(f.destination)
	);
}

/** Years that have at least one drawable figure, ascending. */
export function yearsWithFigures(figures: Figure[]): number[] {
	return [...new Set(figures.map((f) => f.year))].sort((a, b) => a - b);
}

export interface SelectOptions {
	/** Draw the latest earlier figure for corridors with none in the selected year. */
	carryForward?: boolean;
	/** Publication date of each source, for the tie rule. */
	sources: Pick<Source, 'id' | 'date_published'>[];
}

/** One line per corridor with a figure of `measure` in `year` (or earlier, with carryForward). */
export function selectCorridors(figures: Figure[], year: number, measure: Measure, options: SelectOptions): Corridor[] {
	const published = new Map(options.sources.map((s) => [s.id, s.date_published]));
	const publishedOf = (f: Figure) => published.get(f.citations[0]!.source) ?? '';
	const byCorridor = new Map<string, Figure[]>();
	for (const f of figures) {
		if (f.measure !== measure || f.year > year || (!options.carryForward && f.year !== year)) continue;
		const key = corridorKey(f.origin, f.destination);
		byCorridor.set(key, [...(byCorridor.get(key) ?? []), f]);
	}
	const corridors: Corridor[] = [];
	for (const [key, list] of byCorridor) {
		const latestYear = Math.max(...list.map((f) => f.year));
		const sameYear = list.filter((f) => f.year === latestYear).sort((a, b) => compareByTieRule(a, b, publishedOf));
		const figure = sameYear[0]!;
		corridors.push({
			key,
			origin: figure.origin,
			destination: figure.destination,
			figure,
			figures: sameYear,
			carriedFrom: latestYear === year ? null : latestYear
		});
	}
	// Largest first, so small lines are drawn on top and stay clickable.
	return corridors.sort((a, b) => b.figure.value - a.figure.value || a.key.localeCompare(b.key));
}

/** The measure with the most corridors in `year` (ties: the order of mapMeasures); null if none. */
export function defaultMeasure(figures: Figure[], year: number): Measure | null {
	let best: Measure | null = null;
	let bestCount = 0;
	for (const measure of mapMeasures) {
		const count = new Set(figures.filter((f) => f.year === year && f.measure === measure).map((f) => corridorKey(f.origin, f.destination))).size;
		if (count > bestCount) [best, bestCount] = [measure, count];
	}
	return best;
}

/** Measures that have at least one figure in `year`, in the order of mapMeasures. */
export function measuresInYear(figures: Figure[], year: number): Measure[] {
	return mapMeasures.filter((m) => figures.some((f) => f.year === year && f.measure === m));
}
