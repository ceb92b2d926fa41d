/**
 * Which years Play walks through and in what order. Play keeps the chosen measure, so it visits only the
 * years with at least one line of that measure (the year control names them when that leaves some out);
 * stepping into a year without it would switch the measure under the reader. Pure, for the unit tests.
 */
import type { Measure } from '$lib/data/schema';

/** The years, in order, with at least one line of `measure`. */
export function yearsOfMeasure(
	years: readonly number[],
	measuresIn: (year: number) => readonly Measure[],
	measure: Measure
): number[] {
	return years.filter((y) => measuresIn(y).includes(measure)).sort((a, b) => a - b);
}

/** Where Play starts from `year`: there, or the next year it visits; the first once at or past the last. */
export function playStart(playYears: readonly number[], year: number): number | null {
	const last = playYears.at(-1);
	if (last === undefined) return null;
	if (year >= last) return playYears[0]!;
	return playYears.find((y) => y >= year)!;
}

/** The year Play shows after `year`; null at the end, where Play stops. */
export function nextPlayYear(playYears: readonly number[], year: number): number | null {
	return playYears.find((y) => y > year) ?? null;
}
