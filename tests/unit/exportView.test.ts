import { describe, expect, it } from 'vitest';
import type { Corridor } from '$lib/data/corridors';
import { viewCsv, viewFileName, viewJson, viewRows } from '$lib/map/exportView';
import { parseCsv } from '../csv';
import { fig } from '../fixtures';

/** A figure as the 2019 report prints it: a lower bound, dated, with its line and quote. */
const figure = (id: string, value: number) =>
	fig({
		id,
		value,
		as_of: 'September 2019',
		qualifier: 'more_than',
		description: 'd',
		citations: [{ source: 'ar2019', line: 583, quote: 'Cambodian workers at 686,429' }]
	});
const corridor: Corridor = {
	key: 'KHM-THA',
	origin: 'KHM',
	destination: 'THA',
	figure: figure('f1', 180000),
	figures: [figure('f1', 180000), figure('f2', 9)],
	carriedFrom: null
};
const names = {
	place: (c: string) => ({ KHM: 'Cambodia', THA: 'Thailand' })[c] ?? c,
	sourceTitle: () => 'Annual Report 2019'
};

describe('viewRows(corridors, year)', () => {
	it('gives one row per line with the wording as printed and the citation', () => {
		expect(viewRows([corridor], 2019, names)[0]).toMatchObject({
			corridor: 'KHM-THA',
			origin_name: 'Cambodia',
			destination_name: 'Thailand',
			value: 180000,
			value_as_printed: 'more than 180,000',
			source_title: 'Annual Report 2019',
			line: 583,
			quote: 'Cambodian workers at 686,429',
			other_figures_same_year: ['f2']
		});
	});
	it('is empty for an empty view', () => {
		expect(viewRows([], 2019, names)).toEqual([]);
		expect(viewCsv([], 2019, names).trim().split('\r\n')).toHaveLength(1);
	});
});

describe('viewCsv(corridors, year)', () => {
	it('viewCsv(corridors, year) starts with the byte-order mark and keeps the value a number', () => {
		const csv = viewCsv([corridor], 2019, names);
		expect(csv.startsWith('\uFEFFcorridor,origin,')).toBe(true);
		const [header, row] = parseCsv(csv);
		const cell = (name: string) => row![header!.indexOf(name)];
		expect(cell('value')).toBe('180000');
		expect(cell('value_as_printed')).toBe('more than 180,000');
	});
	it('viewCsv(corridors, year) writes a quote that starts like a formula as text', () => {
		const risky = { ...corridor.figure, citations: [{ source: 'ar2019', line: 1, quote: '=1+1 workers' }] };
		const [header, row] = parseCsv(viewCsv([{ ...corridor, figure: risky }], 2019, names));
		expect(row![header!.indexOf('quote')]).toBe("'=1+1 workers");
	});
});

describe('viewJson(corridors, view)', () => {
	it('states the view and keeps all citations', () => {
		const json = JSON.parse(
			viewJson(
				[corridor],
				{ year: 2019, measure: 'registered_workers', earlier: false, selection: null, url: 'u' },
				names
			)
		);
		expect(json.view.year).toBe(2019);
		expect(json.lines[0].citations).toEqual(corridor.figure.citations);
		expect(json.lines[0].figures).toEqual(['f1', 'f2']);
	});
});

describe('viewFileName(view, ext)', () => {
	it('names the year, measure and selection', () => {
		expect(viewFileName({ year: 2019, measure: 'stock', selection: 'KHM-THA' }, 'csv')).toBe(
			'mekong-corridors-2019-stock-KHM-THA.csv'
		);
		expect(viewFileName({ year: 2019, measure: 'stock', selection: null }, 'png')).toBe(
			'mekong-corridors-2019-stock.png'
		);
	});
});
