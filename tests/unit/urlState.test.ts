import { describe, expect, it } from 'vitest';
import type { Measure } from '$lib/data/schema';
import {
	fullViewQuery,
	MIN_SPAN,
	mapStateParams,
	parseMapState,
	parseMaxHeight,
	parseView,
	withPymParams,
	type StateOptions
} from '$lib/map/urlState';

const options: StateOptions = {
	years: [2016, 2017, 2019],
	defaultYear: 2019,
	measuresIn: (y) => (y === 2019 ? ['stock', 'registered_workers'] : ['stock']) as Measure[],
	defaultMeasureFor: (y) => (y === 2019 ? 'registered_workers' : 'stock'),
	corridorKeys: new Set(['KHM-THA']),
	countryCodes: new Set(['KHM', 'THA'])
};
const parse = (q: string) => parseMapState(new URLSearchParams(q), options);
const defaults = {
	year: 2019,
	measure: 'registered_workers',
	earlier: false,
	corridor: null,
	country: null,
	view: null,
	controls: true
};

describe('parseMapState(params)', () => {
	it.each([
		['', defaults],
		['year=2016', { ...defaults, year: 2016, measure: 'stock' }],
		['year=2019&measure=stock&earlier=1', { ...defaults, measure: 'stock', earlier: true }],
		['corridor=khm-tha', { ...defaults, corridor: 'KHM-THA' }],
		['country=THA', { ...defaults, country: 'THA' }],
		[
			'view=92.5,5.1,110.2,24.8',
			{
				...defaults,
				view: [
					[92.5, 5.1],
					[110.2, 24.8]
				]
			}
		]
	])('reads %j', (q, expected) => {
		expect(parse(q)).toEqual(expected);
	});

	it.each([
		['year=1850'],
		['year=abc'],
		['year=2018'],
		['year=2019.5'],
		['measure=bogus'],
		['measure=__proto__'],
		['corridor=XXX-YYY'],
		['country=ZZZ'],
		['earlier=yes'],
		['view=1,2,3'],
		['view=110,5,92,24'],
		['view=a,b,c,d'],
		['view=0,0,1e-9,1e-9'],
		['view=100,,110,20'],
		['view=0x10,5,110,20'],
		['view=100,5,110,20,'],
		['view= 100,5,110,20'],
		['year=02019'],
		['year=&measure=&corridor=&country=']
	])('falls back to the defaults for a bad value: %s', (q) => {
		expect(parse(q)).toEqual(defaults);
	});

	it('falls back to the default measure when the measure has no figures in that year', () => {
		expect(parse('year=2016&measure=registered_workers')).toEqual({
			...defaults,
			year: 2016,
			measure: 'stock'
		});
	});
});

describe('parseView(text)', () => {
	it.each([
		[
			'-200,0,10,10',
			[
				[-180, 0],
				[10, 10]
			]
		],
		[
			'100,-89,110,89',
			[
				[100, -85],
				[110, 85]
			]
		],
		[
			'100,10,100.0001,10.0001',
			[
				[100.00005 - MIN_SPAN / 2, 10.00005 - MIN_SPAN / 2],
				[100.00005 + MIN_SPAN / 2, 10.00005 + MIN_SPAN / 2]
			]
		],
		[
			'179.9,84.9,180,85',
			[
				[180 - MIN_SPAN, 85 - MIN_SPAN],
				[180, 85]
			]
		],
		[null, null],
		['', null]
	])('parseView(%j) clamps to the world and to a minimum span', (text, expected) => {
		const view = parseView(text);
		if (expected === null) return expect(view).toBeNull();
		view!.flat().forEach((x, i) => expect(x).toBeCloseTo(expected.flat()[i]!, 6));
	});
});

describe('the controls and Pym parameters', () => {
	it('controls=0 hides the controls, and survives a round trip', () => {
		const state = parse('controls=0');
		expect(state.controls).toBe(false);
		expect(mapStateParams(state, options).toString()).toBe('controls=0');
	});
	it('withPymParams keeps what a host page’s Pym.js added, and nothing else', () => {
		const current = '?year=2016&childId=map1&parentUrl=https%3A%2F%2Fnews.example&foo=1';
		expect(withPymParams(new URLSearchParams('year=2019'), current).toString()).toBe(
			'year=2019&childId=map1&parentUrl=https%3A%2F%2Fnews.example'
		);
	});
	it('withPymParams keeps the snippet’s height cap too', () => {
		expect(withPymParams(new URLSearchParams('year=2019'), '?maxheight=600&year=2016').toString()).toBe(
			'year=2019&maxheight=600'
		);
	});
	it.each([
		['?year=2019&childId=x&controls=0', '?year=2019'],
		['?year=2019&maxheight=600', '?year=2019'],
		['?childId=x', ''],
		['', '']
	])('fullViewQuery(%j) is %j', (search, expected) => {
		expect(fullViewQuery(search)).toBe(expected);
	});
});

describe('parseMaxHeight(search)', () => {
	it.each([
		['maxheight=600', 600],
		['?maxheight=200', 200],
		['maxheight=4000', 4000],
		['maxheight=199', null],
		['maxheight=4001', null],
		['maxheight=60.5', null],
		['maxheight=-600', null],
		['maxheight=1e3', null],
		['maxheight=', null],
		['', null]
	])('parseMaxHeight(%j) is %j', (search, expected) => {
		expect(parseMaxHeight(search)).toBe(expected);
	});
});

describe('mapStateParams(state, options, pinned)', () => {
	it('pinned keeps the default year and measure, so a new release does not change the view', () => {
		const state = parse('corridor=KHM-THA');
		expect(mapStateParams(state, options).toString()).toBe('corridor=KHM-THA');
		expect(mapStateParams(state, options, true).toString()).toBe(
			'year=2019&measure=registered_workers&corridor=KHM-THA'
		);
		expect(parse(mapStateParams(state, options, true).toString())).toEqual(state);
	});
});

describe('mapStateParams(state)', () => {
	it('leaves defaults out and round-trips through parseMapState', () => {
		expect(mapStateParams({ ...defaults, measure: 'registered_workers' } as never, options).toString()).toBe(
			''
		);
		const state = {
			year: 2016,
			measure: 'stock' as Measure,
			earlier: true,
			corridor: 'KHM-THA',
			country: null,
			view: [
				[92.5, 5.1],
				[110.2, 24.8]
			] as [[number, number], [number, number]],
			controls: true
		};
		expect(parseMapState(mapStateParams(state, options), options)).toEqual(state);
	});
});
