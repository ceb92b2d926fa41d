import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	perYear,
	corridorEnds,
	corridorKey,
	defaultMeasure,
	defaultView,
	mapMeasures,
	measuresInYear,
	placedFigures,
	selectCorridors,
	undrawnCorridors,
	yearsWithFigures
} from '$lib/data/corridors';
import { validateDataDir } from '$lib/server/validate';
import { citing, fig, part, publications as sources } from '../fixtures';

describe('selectCorridors(figures, year, measure)', () => {
	it('draws one line per corridor with a standing figure of that measure in that year, largest first', () => {
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
		expect(
			selectCorridors([fig({ measure: 'stock', value: 999 })], 2019, 'registered_workers', { sources })
		).toEqual([]);
	});

	it('never draws a subset, and lists it after the standing figure in the tooltip order', () => {
		const total = fig({ measure: 'stock', value: 3000000, citations: citing('old') });
		const sub = part('undocumented domestic workers only', { measure: 'stock', value: 28000 });
		const [line] = selectCorridors([sub, total], 2019, 'stock', { sources });
		expect(line!.figure).toBe(total);
		expect(line!.figures).toEqual([total, sub]);
		expect(selectCorridors([sub], 2019, 'stock', { sources })).toEqual([]);
	});

	it('carries the latest earlier standing figure forward only when asked, marked with its year', () => {
		const figures = [
			fig({ year: 2016, value: 5 }),
			fig({ year: 2017, value: 6 }),
			part('one province only', { year: 2018, value: 1 }),
			fig({ origin: 'MMR', year: 2019 })
		];
		expect(selectCorridors(figures, 2019, 'registered_workers', { sources }).map((c) => c.key)).toEqual([
			'MMR-THA'
		]);
		const withEarlier = selectCorridors(figures, 2019, 'registered_workers', { sources, carryForward: true });
		const khm = withEarlier.find((c) => c.key === 'KHM-THA')!;
		expect([khm.figure.value, khm.carriedFrom]).toEqual([6, 2017]);
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

describe('undrawnCorridors(figures, year, measure)', () => {
	it('lists a corridor with only a subset this year, and its latest earlier total', () => {
		const figures = [
			fig({ origin: 'LAO', measure: 'stock', year: 2016, value: 300000 }),
			part('undocumented workers only', { origin: 'LAO', measure: 'stock', year: 2019, value: 30000 }),
			fig({ measure: 'stock', year: 2019, value: 650000 })
		];
		const [u, ...rest] = undrawnCorridors(figures, 2019, 'stock', { sources });
		expect(rest).toEqual([]);
		expect(u!.key).toBe('LAO-THA');
		expect(u!.reason).toBe('subset');
		expect(u!.figures.map((f) => f.value)).toEqual([30000]);
		expect(u!.latest!.value).toBe(300000);
	});

	it('lists a corridor with no figure this year but a total before, unless the map already carries it', () => {
		const figures = [
			fig({ origin: 'MMR', measure: 'stock', year: 2017, value: 3000000 }),
			fig({ measure: 'stock' })
		];
		const undrawn = undrawnCorridors(figures, 2019, 'stock', { sources });
		expect(undrawn.map((u) => [u.key, u.reason, u.latest!.year])).toEqual([['MMR-THA', null, 2017]]);
		expect(undrawnCorridors(figures, 2019, 'stock', { sources, carryForward: true })).toEqual([]);
	});

	it('is empty when every corridor with figures is drawn, and for no figures', () => {
		expect(undrawnCorridors([fig()], 2019, 'registered_workers', { sources })).toEqual([]);
		expect(undrawnCorridors([], 2019, 'stock', { sources })).toEqual([]);
	});
});

describe('defaultMeasure(figures, year) and defaultView(figures)', () => {
	it('is the measure with the most drawn corridors that year', () => {
		const figures = [
			fig({ measure: 'stock' }),
			fig({ measure: 'departures', period: 'year', destination: 'JPN' }),
			fig({ measure: 'departures', period: 'year', destination: 'KOR' })
		];
		expect(defaultMeasure(figures, 2019)).toBe('departures');
	});
	it('counts corridors that can be drawn, not figures', () => {
		const figures = [
			fig({ measure: 'departures', period: 'year' }),
			fig({ measure: 'departures', period: 'year' }),
			part('one town only', { measure: 'departures', period: 'year', destination: 'KOR' }),
			fig({ measure: 'stock', destination: 'JPN' }),
			fig({ measure: 'stock' })
		];
		expect(defaultMeasure(figures, 2019)).toBe('stock');
	});
	it('agrees with the lines the map draws, in every year of the real dataset', () => {
		// The records only: dataset.test.ts checks their quotes against the documents.
		const {
			records,
			countries,
			sources: publications
		} = validateDataDir(path.resolve('data'), null, null).data;
		const placed = placedFigures(records.figures, countries);
		const years = yearsWithFigures(placed);
		expect(years.length).toBeGreaterThan(3);
		for (const year of years) {
			const drawn = mapMeasures.map(
				(m) => selectCorridors(placed, year, m, { sources: publications }).length
			);
			const most = Math.max(...drawn);
			expect(defaultMeasure(placed, year), String(year)).toBe(most ? mapMeasures[drawn.indexOf(most)] : null);
		}
	});
	it('is null in a year with no figures', () => {
		expect(defaultMeasure([fig()], 2001)).toBeNull();
	});
	it.each([
		[
			'the year with the most lines',
			[fig({ year: 2016 }), fig({ year: 2017 }), fig({ year: 2017, origin: 'MMR' })],
			{ year: 2017, measure: 'registered_workers' }
		],
		[
			'the later year on a tie',
			[fig({ year: 2016 }), fig({ year: 2019, measure: 'stock' })],
			{ year: 2019, measure: 'stock' }
		],
		[
			'a year of subsets only does not count',
			[fig({ year: 2016 }), part('x only', { year: 2019 }), part('y only', { year: 2019, origin: 'MMR' })],
			{ year: 2016, measure: 'registered_workers' }
		],
		[
			'with nothing to draw: the latest year and stock',
			[part('x only', { year: 2018 })],
			{ year: 2019, measure: 'stock' }
		]
	])('defaultView picks %s', (_name, figures, expected) => {
		expect(defaultView(figures)).toEqual(expected);
	});
	it('measuresInYear lists measures with a line that year', () => {
		expect(measuresInYear([fig(), part('x only', { measure: 'stock' })], 2019)).toEqual([
			'registered_workers'
		]);
	});
});

describe('placedFigures(figures, countries), yearsWithFigures, corridorKey', () => {
	const countries = [
		{ code: 'KHM', anchor: [104.9, 11.6] as [number, number] },
		{ code: 'THA', anchor: [100.5, 13.8] as [number, number] },
		{ code: 'XAB', anchor: null }
	];
	it('keeps count measures between two anchored places and drops money, groups and self-loops', () => {
		const keep = fig();
		const sub = part('x only');
		const figures = [
			keep,
			sub,
			fig({ unit: 'USD', measure: 'remittance' }),
			fig({ destination: 'XAB' }),
			fig({ destination: 'KHM' }),
			fig({ measure: 'share', unit: 'percent' })
		];
		expect(placedFigures(figures, countries)).toEqual([keep, sub]);
	});
	it('lists years with a standing figure, ascending, without repeats', () => {
		expect(
			yearsWithFigures([
				fig({ year: 2019 }),
				fig({ year: 2016 }),
				fig({ year: 2019 }),
				part('x only', { year: 2018 })
			])
		).toEqual([2016, 2019]);
	});
	it('corridorKey and corridorEnds are inverse', () => {
		expect(corridorEnds(corridorKey('KHM', 'THA'))).toEqual(['KHM', 'THA']);
		expect(corridorEnds('')).toEqual(['', '']);
	});
});

describe('perYear(answer)', () => {
	it('answers each year as `answer` does, working each out once', () => {
		const asked: number[] = [];
		const double = perYear((year) => {
			asked.push(year);
			return [year * 2];
		});
		expect(double(2019)).toEqual([4038]);
		expect(double(2020)).toEqual([4040]);
		// Asked again: the same answer (the same array), not worked out again.
		expect(double(2019)).toBe(double(2019));
		expect(asked).toEqual([2019, 2020]);
	});
});
