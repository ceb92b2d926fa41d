import { describe, expect, it } from 'vitest';
import {
	asOfRank,
	defaultMeasure,
	drawableFigures,
	selectCorridors,
	yearsWithFigures
} from '$lib/data/corridors';
import type { Country, Figure } from '$lib/data/schema';

let n = 0;
function fig(over: Partial<Figure>): Figure {
	n += 1;
	return {
		id: `t-f${String(n).padStart(3, '0')}`,
		origin: 'KHM',
		destination: 'THA',
		year: 2019,
		as_of: null,
		value: 100,
		value_high: null,
		qualifier: 'exact',
		unit: 'people',
		unit_per: null,
		measure: 'registered_workers',
		description: 'test',
		citations: [{ source: 'new', line: 1, quote: 'quoted text' }],
		...over
	};
}
const sources = [
	{ id: 'old', date_published: '2017' },
	{ id: 'new', date_published: '2020' }
];

describe('selectCorridors(figures, year, measure)', () => {
	it('draws one line per corridor with a figure of that measure in that year, largest first', () => {
		const figures = [
			fig({ value: 10 }),
			fig({ origin: 'MMR', value: 50 }),
			fig({ origin: 'LAO', year: 2016 }),
			fig({ origin: 'LAO', measure: 'stock' })
		];
		const lines = selectCorridors(figures, 2019, 'registered_workers', { sources });
		expect(lines.map((c) => [c.key, c.figure.value])).toEqual([
			['MMR-THA', 50],
			['KHM-THA', 10]
		]);
	});

	it('never mixes measures: the same corridor with a stock figure is not drawn for registered workers', () => {
		const figures = [fig({ measure: 'stock', value: 999 })];
		expect(selectCorridors(figures, 2019, 'registered_workers', { sources })).toEqual([]);
	});

	it('prefers the latest as_of, then the newer document, and lists all figures of the corridor-year', () => {
		const june = fig({
			as_of: 'June 2019',
			value: 1,
			citations: [{ source: 'new', line: 1, quote: 'x'.repeat(6) }]
		});
		const sept = fig({
			as_of: 'September 2019',
			value: 2,
			citations: [{ source: 'old', line: 1, quote: 'x'.repeat(6) }]
		});
		const [line] = selectCorridors([june, sept], 2019, 'registered_workers', { sources });
		expect(line!.figure).toBe(sept);
		expect(line!.figures).toEqual([sept, june]);

		const fromOld = fig({ citations: [{ source: 'old', line: 1, quote: 'x'.repeat(6) }], value: 3 });
		const fromNew = fig({ citations: [{ source: 'new', line: 1, quote: 'x'.repeat(6) }], value: 4 });
		expect(selectCorridors([fromOld, fromNew], 2019, 'registered_workers', { sources })[0]!.figure).toBe(
			fromNew
		);
	});

	it('carries the latest earlier figure forward only when asked, marked with its year', () => {
		const figures = [
			fig({ year: 2016, value: 5 }),
			fig({ year: 2017, value: 6 }),
			fig({ origin: 'MMR', year: 2019 })
		];
		expect(selectCorridors(figures, 2019, 'registered_workers', { sources }).map((c) => c.key)).toEqual([
			'MMR-THA'
		]);
		const withEarlier = selectCorridors(figures, 2019, 'registered_workers', { sources, carryForward: true });
		const khm = withEarlier.find((c) => c.key === 'KHM-THA')!;
		expect(khm.figure.value).toBe(6);
		expect(khm.carriedFrom).toBe(2017);
		expect(withEarlier.find((c) => c.key === 'MMR-THA')!.carriedFrom).toBeNull();
	});

	it('never carries a later figure back in time', () => {
		expect(
			selectCorridors([fig({ year: 2020 })], 2019, 'registered_workers', { sources, carryForward: true })
		).toEqual([]);
	});

	it('returns nothing for no figures', () => {
		expect(selectCorridors([], 2019, 'stock', { sources })).toEqual([]);
	});
});

describe('defaultMeasure(figures, year)', () => {
	it('is the measure with the most corridors that year', () => {
		const figures = [
			fig({ measure: 'stock' }),
			fig({ measure: 'departures', destination: 'JPN' }),
			fig({ measure: 'departures', destination: 'KOR' })
		];
		expect(defaultMeasure(figures, 2019)).toBe('departures');
	});
	it('counts corridors, not figures', () => {
		const figures = [
			fig({ measure: 'departures' }),
			fig({ measure: 'departures' }),
			fig({ measure: 'stock', destination: 'JPN' }),
			fig({ measure: 'stock' })
		];
		expect(defaultMeasure(figures, 2019)).toBe('stock');
	});
	it('is null in a year with no figures', () => {
		expect(defaultMeasure([fig({})], 2001)).toBeNull();
	});
});

describe('drawableFigures(figures, countries)', () => {
	const countries = [
		{ code: 'KHM', anchor: [104.9, 11.6] },
		{ code: 'THA', anchor: [100.5, 13.8] },
		{ code: 'XAB', anchor: null }
	] as Country[];
	it('keeps people between two anchored places and drops money, groups and self-loops', () => {
		const keep = fig({});
		const figures = [
			keep,
			fig({ unit: 'USD', measure: 'remittance' }),
			fig({ destination: 'XAB' }),
			fig({ destination: 'KHM' }),
			fig({ unit: 'percent' })
		];
		expect(drawableFigures(figures, countries)).toEqual([keep]);
	});
});

describe('yearsWithFigures(figures) and asOfRank(asOf, year)', () => {
	it('lists years ascending without repeats', () => {
		expect(yearsWithFigures([fig({ year: 2019 }), fig({ year: 2016 }), fig({ year: 2019 })])).toEqual([
			2016, 2019
		]);
	});
	it.each([
		['September 2019', 2019, 201909],
		['end of 2016', 2016, 201612],
		['2019', 2019, 201900],
		['latest data', 2016, -1],
		[null, 2016, -1]
	])('asOfRank(%s) is %s', (asOf, year, rank) => {
		expect(asOfRank(asOf, year)).toBe(rank);
	});
});
