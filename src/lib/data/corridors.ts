/**
 * Which corridors the map draws for a year and a measure, and what it says about the ones it cannot
 * draw. Pure: the map, the hidden table, the CSV of the view, the presentations and the tests all use
 * the same selection, and the figure of each line comes from the one rule in figureRule.ts.
 */
import { countMeasures } from './enums';
import {
	blocker,
	canStand,
	compareCodes,
	rankFigures,
	standingFigure,
	type Blocker,
	type Publications
} from './figureRule';
import type { Country, Figure, Measure } from './schema';

/** Measures that count people moving or living somewhere, and so can size a corridor line. */
export const mapMeasures: Measure[] = [...countMeasures];

export interface Corridor {
	/** "KHM-THA" */
	key: string;
	origin: string;
	destination: string;
	/** The figure that sizes the line: the standing figure (figureRule.ts). */
	figure: Figure;
	/**
	 * Every figure of this measure for this corridor and year, in the rule's order: the standing one
	 * first, then the others that could stand, then subsets, running totals and the like.
	 */
	figures: Figure[];
	/** Set when the line shows the latest earlier figure because the selected year has none. */
	carriedFrom: number | null;
}

/** "KHM-THA" from its two ends, and back. */
export const corridorKey = (origin: string, destination: string) => `${origin}-${destination}`;
export function corridorEnds(key: string): [string, string] {
	const [origin, destination] = key.split('-');
	return [origin ?? '', destination ?? ''];
}

/** Figures that could be drawn somewhere: between two different places that both have a point on the map. */
export function placedFigures(figures: Figure[], countries: Pick<Country, 'code' | 'anchor'>[]): Figure[] {
	const anchored = new Set(countries.filter((c) => c.anchor).map((c) => c.code));
	return figures.filter(
		(f) =>
			mapMeasures.includes(f.measure) &&
			f.origin !== f.destination &&
			anchored.has(f.origin) &&
			anchored.has(f.destination)
	);
}

/** Years that have at least one figure that can stand, ascending. */
export function yearsWithFigures(figures: Figure[]): number[] {
	return [...new Set(figures.filter(canStand).map((f) => f.year))].sort((a, b) => a - b);
}

export interface SelectOptions {
	/** Draw the latest earlier standing figure for corridors with none in the selected year. */
	carryForward?: boolean;
	/** Publication date of each source, for the tie rule. */
	sources: Publications;
}

function byCorridor(figures: Figure[], keep: (f: Figure) => boolean): Map<string, Figure[]> {
	const out = new Map<string, Figure[]>();
	for (const f of figures) {
		if (!keep(f)) continue;
		const key = corridorKey(f.origin, f.destination);
		const group = out.get(key);
		if (group) group.push(f);
		else out.set(key, [f]);
	}
	return out;
}

/** One line per corridor whose figures of `measure` in `year` (or earlier, with carryForward) have a standing one. */
export function selectCorridors(
	figures: Figure[],
	year: number,
	measure: Measure,
	options: SelectOptions
): Corridor[] {
	const corridors: Corridor[] = [];
	for (const [key, list] of byCorridor(figures, (f) => f.measure === measure && f.year <= year)) {
		const standingYears = [...new Set(list.filter(canStand).map((f) => f.year))].sort((a, b) => b - a);
		const lineYear = standingYears.includes(year)
			? year
			: options.carryForward
				? standingYears[0]
				: undefined;
		if (lineYear === undefined) continue;
		const sameYear = rankFigures(
			list.filter((f) => f.year === lineYear),
			options.sources
		);
		// Ranked, so the first stands (the line's year has a figure that can).
		const figure = sameYear[0]!;
		corridors.push({
			key,
			origin: figure.origin,
			destination: figure.destination,
			figure,
			figures: sameYear,
			carriedFrom: lineYear === year ? null : lineYear
		});
	}
	// Largest first, so small lines are drawn on top and stay clickable.
	return corridors.sort((a, b) => b.figure.value - a.figure.value || compareCodes(a.key, b.key));
}

/** A corridor of the view that has figures but no line, and why: what the legend lists under it. */
export interface Undrawn {
	key: string;
	origin: string;
	destination: string;
	/** Why this year's figures cannot size a line (the first figure's reason), or null when there are none this year. */
	reason: Blocker | null;
	/** This year's figures that cannot stand, in the rule's order (subsets, running totals, ...). */
	figures: Figure[];
	/** The latest earlier standing figure, offered with a switch to show it. */
	latest: Figure | null;
}

/**
 * Corridors that the view (year, measure) does not draw although the documents have something for
 * them: figures of this year that cannot stand, or a standing figure in an earlier year (unless the map
 * already draws it, with carryForward). Ordered by corridor key.
 */
export function undrawnCorridors(
	figures: Figure[],
	year: number,
	measure: Measure,
	options: SelectOptions
): Undrawn[] {
	const drawn = new Set(selectCorridors(figures, year, measure, options).map((c) => c.key));
	const out: Undrawn[] = [];
	for (const [key, list] of byCorridor(figures, (f) => f.measure === measure && f.year <= year)) {
		if (drawn.has(key)) continue;
		const thisYear = rankFigures(
			list.filter((f) => f.year === year),
			options.sources
		);
		const earlier = list.filter((f) => f.year < year && canStand(f));
		const latestYear = Math.max(...earlier.map((f) => f.year));
		const latest = earlier.length
			? standingFigure(
					earlier.filter((f) => f.year === latestYear),
					options.sources
				)
			: null;
		if (!thisYear.length && !latest) continue;
		const [origin, destination] = corridorEnds(key);
		out.push({
			key,
			origin,
			destination,
			reason: thisYear[0] ? blocker(thisYear[0]) : null,
			figures: thisYear,
			latest
		});
	}
	return out.sort((a, b) => compareCodes(a.key, b.key));
}

/**
 * The corridors each measure draws a line for in `year` from that year's own figures (no carryForward):
 * those with a figure that can stand. What selectCorridors(...) would draw, counted without ranking.
 */
function linesByMeasure(figures: Figure[], year: number): Map<Measure, Set<string>> {
	const corridors = new Map<Measure, Set<string>>();
	for (const f of figures) {
		if (f.year !== year || !canStand(f)) continue;
		const keys = corridors.get(f.measure) ?? new Set<string>();
		corridors.set(f.measure, keys.add(corridorKey(f.origin, f.destination)));
	}
	return corridors;
}

/**
 * The measure with the most drawn corridors in `year` (ties: the order of mapMeasures), with that count;
 * null if none draws a line.
 */
function busiestMeasure(figures: Figure[], year: number): { measure: Measure; count: number } | null {
	const lines = linesByMeasure(figures, year);
	let best: { measure: Measure; count: number } | null = null;
	for (const measure of mapMeasures) {
		const count = lines.get(measure)?.size ?? 0;
		if (count > (best?.count ?? 0)) best = { measure, count };
	}
	return best;
}

/** The measure with the most drawn corridors in `year` (ties: the order of mapMeasures); null if none. */
export function defaultMeasure(figures: Figure[], year: number): Measure | null {
	return busiestMeasure(figures, year)?.measure ?? null;
}

/** Measures that have at least one line in `year`, in the order of mapMeasures. */
export function measuresInYear(figures: Figure[], year: number): Measure[] {
	const lines = linesByMeasure(figures, year);
	return mapMeasures.filter((m) => lines.has(m));
}

/** The view a reader gets with no parameters: the year with the most lines, and its default measure. */
export interface DefaultView {
	year: number;
	measure: Measure;
}

/**
 * The default view: the year whose default measure draws the most corridors (ties: the later year),
 * with that measure. With no drawable figure at all: the latest year of any figure, and stock.
 */
export function defaultView(figures: Figure[]): DefaultView {
	let best: DefaultView | null = null;
	let bestCount = -1;
	for (const year of yearsWithFigures(figures)) {
		const busiest = busiestMeasure(figures, year);
		if (busiest && busiest.count >= bestCount)
			[best, bestCount] = [{ year, measure: busiest.measure }, busiest.count];
	}
	return best ?? { year: Math.max(2019, ...figures.map((f) => f.year)), measure: 'stock' };
}

/** `answer`, worked out once per year and remembered: for questions asked of every figure again and again. */
export function perYear<T>(answer: (year: number) => T): (year: number) => T {
	const known = new Map<number, T>();
	return (year) => {
		if (!known.has(year)) known.set(year, answer(year));
		return known.get(year)!;
	};
}
