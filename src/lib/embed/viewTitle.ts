/**
 * The title of a map view in one sentence, for an embed's iframe title and page title:
 * "Cambodia to Thailand, 2019: registered workers". One whole message per kind of view (corridor,
 * country, the whole map), so every language orders it as it needs.
 */
import { copy } from '$lib/copy';
import { corridorEnds } from '$lib/data/corridors';
import { measureNouns } from '$lib/data/format';
import type { Measure } from '$lib/data/schema';

export interface TitledView {
	year: number;
	measure: Measure;
	corridor: string | null;
	country: string | null;
}

export function viewTitle(v: TitledView, place: (code: string) => string): string {
	const measure = measureNouns[v.measure];
	if (v.corridor) {
		const [from, to] = corridorEnds(v.corridor);
		return copy.embedPage.titleCorridor(place(from), place(to), v.year, measure);
	}
	if (v.country) return copy.embedPage.titleCountry(place(v.country), v.year, measure);
	return copy.embedPage.titleMap(v.year, measure);
}
