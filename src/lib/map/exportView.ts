/**
 * The figures of the current map view as rows for CSV and JSON downloads: one row per line drawn,
 * with the figure that sizes it, how it is worded, and its citation. Pure.
 */
import type { Corridor } from '$lib/data/corridors';
import { toCsv } from '$lib/data/exportFiles';
import { formatValue, measureLabels } from '$lib/data/format';
import type { Namers } from '$lib/data/namers';
import type { Measure } from '$lib/data/schema';

export interface ViewDescription {
	year: number;
	measure: Measure;
	earlier: boolean;
	selection: string | null;
	url: string;
}

export const VIEW_COLUMNS = [
	'corridor',
	'origin',
	'origin_name',
	'destination',
	'destination_name',
	'year_shown',
	'year',
	'as_of',
	'measure',
	'measure_label',
	'value',
	'value_high',
	'qualifier',
	'unit',
	'value_as_printed',
	'figure_id',
	'source_id',
	'source_title',
	'line',
	'quote',
	'other_figures_same_year'
] as const;

export function viewRows(
	corridors: Corridor[],
	shownYear: number,
	n: Pick<Namers, 'place' | 'sourceTitle'>
): Record<string, unknown>[] {
	return corridors.map((c) => {
		const f = c.figure;
		const cite = f.citations[0]!;
		return {
			corridor: c.key,
			origin: c.origin,
			origin_name: n.place(c.origin),
			destination: c.destination,
			destination_name: n.place(c.destination),
			year_shown: shownYear,
			year: f.year,
			as_of: f.as_of,
			measure: f.measure,
			measure_label: measureLabels[f.measure],
			value: f.value,
			value_high: f.value_high,
			qualifier: f.qualifier,
			unit: f.unit,
			value_as_printed: formatValue(f),
			figure_id: f.id,
			source_id: cite.source,
			source_title: n.sourceTitle(cite.source),
			line: cite.line,
			quote: cite.quote,
			other_figures_same_year: c.figures.slice(1).map((o) => o.id)
		};
	});
}

export const viewCsv = (corridors: Corridor[], year: number, n: Pick<Namers, 'place' | 'sourceTitle'>) =>
	toCsv(viewRows(corridors, year, n), [...VIEW_COLUMNS]);

/** JSON keeps every citation of every figure, and says which view it is. */
export function viewJson(
	corridors: Corridor[],
	view: ViewDescription,
	n: Pick<Namers, 'place' | 'sourceTitle'>
): string {
	return JSON.stringify(
		{
			view,
			lines: corridors.map((c, i) => ({
				...viewRows([c], view.year, n)[0],
				citations: c.figure.citations,
				figures: c.figures.map((f) => f.id),
				index: i
			})),
			full_dataset: ['data/figures.json', 'data/figures.csv', 'data/sources.json']
		},
		null,
		1
	);
}

/** A file name for the view: mekong-corridors-2019-registered_workers-KHM-THA.csv */
export const viewFileName = (v: Pick<ViewDescription, 'year' | 'measure' | 'selection'>, ext: string) =>
	['mekong-corridors', v.year, v.measure, v.selection].filter(Boolean).join('-') + `.${ext}`;
