import { describe, expect, it } from 'vitest';
import {
	asOfRank,
	blocker,
	latestStanding,
	rankFigures,
	standingFigure,
	standingTable
} from '$lib/data/figureRule';
import { citing, data, fig, part, publications } from '../fixtures';

describe('blocker(figure)', () => {
	it.each([
		['a registered-worker count at a date for the whole corridor', fig(), null],
		[
			'a subset (undocumented domestic workers only)',
			part('undocumented domestic workers only', { measure: 'stock' }),
			'subset'
		],
		[
			'a running total of MOU deployments',
			fig({ measure: 'mou_deployments', period: 'cumulative' }),
			'period'
		],
		['MOU deployments within the year', fig({ measure: 'mou_deployments', period: 'year' }), null],
		['a stock "within the year"', fig({ measure: 'stock', period: 'year' }), 'period'],
		['a stock whose period is not stated', fig({ measure: 'stock', period: 'unstated' }), 'period'],
		['departures at a date', fig({ measure: 'departures', period: 'point' }), 'period'],
		['a quota for a year', fig({ measure: 'quota_target', period: 'year' }), null],
		['a share', fig({ measure: 'share', unit: 'percent' }), 'not-count'],
		['a remittance', fig({ measure: 'remittance', unit: 'USD', period: 'year' }), 'not-count'],
		[
			'"about four times higher than" 180,000',
			fig({ measure: 'stock', multiplier: 'about four times higher than' }),
			'relative'
		],
		['a country to itself', fig({ destination: 'KHM', measure: 'stock' }), 'internal']
	])('%s -> %s', (_name, figure, expected) => {
		expect(blocker(figure)).toBe(expected);
	});
});

describe('standingFigure(figures, publications)', () => {
	// Each case is a real conflict in the dataset, reduced to what the rule reads.
	const cases: [string, ReturnType<typeof fig>[], number | null][] = [
		[
			'Myanmar to Thailand, stock 2017: 3 million, not the 28,000 undocumented domestic workers',
			[
				part('undocumented domestic workers only', {
					measure: 'stock',
					value: 28000,
					qualifier: 'up_to',
					citations: citing('new')
				}),
				fig({ measure: 'stock', value: 3000000, citations: citing('old') })
			],
			3000000
		],
		[
			'Lao PDR to Thailand, stock 2019: only undocumented workers, so no line',
			[part('undocumented workers only', { measure: 'stock', value: 30000 })],
			null
		],
		[
			'Lao PDR to Thailand, MOU 2019: a running total is never one year',
			[fig({ measure: 'mou_deployments', period: 'cumulative', value: 175766 })],
			null
		],
		[
			'Viet Nam to Cambodia, stock 2019: the printed 180,000, not "about four times higher"',
			[
				fig({ measure: 'stock', value: 180000, qualifier: 'more_than', id: 'a' }),
				fig({
					measure: 'stock',
					value: 180000,
					qualifier: 'more_than',
					multiplier: 'about four times higher than',
					id: 'b'
				})
			],
			180000
		],
		[
			'Cambodians abroad, 2017: the newer document (1.2 million) over the older (1.5 million)',
			[
				fig({ measure: 'stock', value: 1500000, citations: citing('old') }),
				fig({ measure: 'stock', value: 1200000, citations: citing('new') })
			],
			1200000
		],
		[
			'the later as_of wins over the newer document ("September 2019" over "June 2019")',
			[
				fig({ as_of: 'June 2019', value: 1, citations: citing('new') }),
				fig({ as_of: 'September 2019', value: 2, citations: citing('old') })
			],
			2
		],
		['no figures', [], null]
	];
	it.each(cases)('%s', (_name, figures, value) => {
		expect(standingFigure(figures, publications)?.value ?? null).toBe(value);
	});

	it('rankFigures lists the standing figure first, then the others that could stand, then the rest', () => {
		const sub = part('one town only', { id: 'z-sub', value: 9 });
		const older = fig({ id: 'y-older', citations: citing('old') });
		const newer = fig({ id: 'x-newer', citations: citing('new') });
		expect(rankFigures([sub, older, newer], publications).map((f) => f.id)).toEqual([
			'x-newer',
			'y-older',
			'z-sub'
		]);
	});

	it('breaks a full tie by id, so the choice is stable', () => {
		const a = fig({ id: 'a-1' });
		const b = fig({ id: 'b-1' });
		expect(standingFigure([b, a], publications)!.id).toBe('a-1');
	});
});

describe('standingTable(figures) and latestStanding(figures)', () => {
	it('keys each corridor, year and measure that has a standing figure', () => {
		const figures = [
			fig({ year: 2016, value: 5 }),
			fig({ year: 2019, value: 7 }),
			part('part', { year: 2019, value: 1, measure: 'stock' }),
			fig({ year: 2019, measure: 'stock', value: 9 })
		];
		expect([...standingTable(figures, publications)].map(([k, f]) => [k, f.value])).toEqual([
			['KHM-THA|2016|registered_workers', 5],
			['KHM-THA|2019|registered_workers', 7],
			['KHM-THA|2019|stock', 9]
		]);
		expect(latestStanding(figures, publications).map((f) => [f.measure, f.year, f.value])).toEqual([
			['stock', 2019, 9],
			['registered_workers', 2019, 7]
		]);
	});

	it('latestStanding skips a later year that has only a subset', () => {
		const figures = [fig({ year: 2016, value: 5 }), part('undocumented only', { year: 2019, value: 1 })];
		expect(latestStanding(figures, publications).map((f) => f.year)).toEqual([2016]);
	});
});

describe('asOfRank(asOf, year)', () => {
	it.each([
		['September 2019', 2019, 201909],
		['end of 2016', 2016, 201612],
		['2019', 2019, 201900],
		['April 2015 to May 2017', 2017, 201705],
		['latest data', 2016, -1],
		[null, 2016, -1]
	])('asOfRank(%s) is %s', (asOf, year, rank) => {
		expect(asOfRank(asOf, year)).toBe(rank);
	});
});

describe('the rule on the real data', () => {
	const figures = data.figures();
	const sources = data.sources();
	const standing = standingTable(figures, sources);
	it('draws Myanmar to Thailand, stock 2017, from the 3 million figure', () => {
		expect(standing.get('MMR-THA|2017|stock')?.value).toBe(3000000);
	});
	it('has no total for Lao PDR to Thailand, stock 2019 (only undocumented workers are counted)', () => {
		expect(standing.get('LAO-THA|2019|stock')).toBeUndefined();
		expect(
			figures.some(
				(f) => f.origin === 'LAO' && f.destination === 'THA' && f.year === 2019 && f.measure === 'stock'
			)
		).toBe(true);
	});
	it('never lets a subset, a running total, a share or a multiple stand', () => {
		for (const f of standing.values()) {
			expect(f.scope, f.id).toBe('all');
			expect(f.period, f.id).not.toBe('cumulative');
			expect(f.unit, f.id).toBe('people');
			expect(f.multiplier, f.id).toBeNull();
		}
	});
});
