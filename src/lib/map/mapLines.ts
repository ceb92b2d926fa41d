/**
 * What a map view draws, from the data and the view's year and measure: the lines (by the one rule in
 * data/figureRule.ts), the corridors with figures but no line, the width scale shared by every year of
 * the measure, the origins for the colour key, and the places named on the map. Pure, so the corridor
 * map, the presentations and the tests draw the same thing from the same view.
 */
import { selectCorridors, undrawnCorridors, type Corridor, type Undrawn } from '$lib/data/corridors';
import { canStand, type Publications } from '$lib/data/figureRule';
import type { Country, Figure, Measure } from '$lib/data/schema';
import { legendValues, MIN_WIDTH, widthScale } from './geometry';

export interface LineView {
	year: number;
	measure: Measure;
	/** Draw the latest earlier figure where the year has none. */
	earlier?: boolean;
}

export interface MapLines {
	corridors: Corridor[];
	undrawn: Undrawn[];
	/** The largest figure of the measure in any year: one scale, so a width means the same number every year. */
	maxValue: number;
	widthOf: ReturnType<typeof widthScale>;
	/**
	 * Reference values for the legend, within what this view draws: round numbers no larger than its
	 * largest line (the scale's maximum may be another year's), none so small it draws at the minimum width.
	 */
	references: number[];
	/** Origins of the lines drawn, for the colour key. */
	origins: string[];
}

/** The lines of a view, from the figures a map can place (data/corridors.ts placedFigures). */
export function mapLines(placed: Figure[], view: LineView, sources: Publications): MapLines {
	const options = { carryForward: view.earlier ?? false, sources };
	const corridors = selectCorridors(placed, view.year, view.measure, options);
	const maxValue = Math.max(
		0,
		...placed.filter((f) => f.measure === view.measure && canStand(f)).map((f) => f.value)
	);
	const widthOf = widthScale(maxValue);
	const viewMax = Math.max(0, ...corridors.map((c) => c.figure.value));
	return {
		corridors,
		undrawn: undrawnCorridors(placed, view.year, view.measure, options),
		maxValue,
		widthOf,
		references: legendValues(viewMax, widthOf.scale.invert(MIN_WIDTH)),
		origins: [...new Set(corridors.map((c) => c.origin))]
	};
}

/** Places named on the map: the GMS countries and every place the dataset's lines reach, plus any extra. */
export function labelledPlaces(
	placed: Figure[],
	countries: Pick<Country, 'code' | 'anchor' | 'role'>[],
	extra: string[] = []
): string[] {
	return [
		...new Set([
			...countries.filter((c) => c.anchor && c.role === 'gms').map((c) => c.code),
			...placed.flatMap((f) => [f.origin, f.destination]),
			...extra
		])
	];
}
