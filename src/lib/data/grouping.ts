/** Grouping figures for panels and pages: by corridor, by measure, years ascending. */
import { measures } from './enums';
import { canStand, compareCodes } from './figureRule';
import type { Figure, Measure } from './schema';

/** Every figure of one corridor, all measures and years. */
export const corridorFigures = (figures: Figure[], origin: string, destination: string) =>
	figures.filter((f) => f.origin === origin && f.destination === destination);

/**
 * Figures grouped by measure (in the schema's order), each group sorted by year; within a year, figures
 * that can stand for the corridor first (figureRule.ts), then by id.
 */
export function byMeasure(figures: Figure[]): { measure: Measure; figures: Figure[] }[] {
	return measures
		.map((measure) => ({
			measure,
			figures: figures
				.filter((f) => f.measure === measure)
				.sort(
					(a, b) => a.year - b.year || Number(canStand(b)) - Number(canStand(a)) || compareCodes(a.id, b.id)
				)
		}))
		.filter((g) => g.figures.length);
}
