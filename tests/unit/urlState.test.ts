import { describe, expect, it } from 'vitest';
import type { Measure } from '$lib/data/schema';
import { mapStateParams, parseMapState, type StateOptions } from '$lib/map/urlState';

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
	view: null
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
		['view=-200,0,10,10'],
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
			] as [[number, number], [number, number]]
		};
		expect(parseMapState(mapStateParams(state, options), options)).toEqual(state);
	});
});
