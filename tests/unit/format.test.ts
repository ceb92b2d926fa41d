import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatValue } from '$lib/data/format';
import { fig } from '../fixtures';

describe('formatNumber(value)', () => {
	it.each([
		[686429, '686,429'],
		[3500000, '3.5 million'],
		[3000000, '3 million'],
		[2800000000, '2.8 billion'],
		[1234567, '1,234,567'],
		[0, '0'],
		[66.7, '66.7'],
		[Number.NaN, '–']
	])('formatNumber(%s) is %s', (value, expected) => {
		expect(formatNumber(value)).toBe(expected);
	});
});

describe('formatValue(figure)', () => {
	it.each([
		['exact people', fig({ value: 686429 }), '686,429'],
		['more than keeps its bound', fig({ value: 180000, qualifier: 'more_than' }), 'more than 180,000'],
		[
			'a range shares its scale word',
			fig({ value: 3e6, value_high: 4e6, qualifier: 'range' }),
			'3 to 4 million'
		],
		[
			'a range across scales',
			fig({ value: 500000, value_high: 1.5e6, qualifier: 'range' }),
			'500,000 to 1.5 million'
		],
		['about', fig({ value: 80000, qualifier: 'approximately' }), 'about 80,000'],
		['nearly', fig({ value: 6.9e6, qualifier: 'nearly' }), 'nearly 6.9 million'],
		['up to', fig({ value: 100, qualifier: 'up_to' }), 'up to 100'],
		['percent', fig({ value: 37, unit: 'percent' }), '37%'],
		['money per month', fig({ value: 140, unit: 'USD', unit_per: 'month' }), 'USD 140 per month'],
		[
			'money with a qualifier',
			fig({ value: 1.7e9, unit: 'USD', qualifier: 'more_than' }),
			'more than USD 1.7 billion'
		]
	])('%s', (_name, f, expected) => {
		expect(formatValue(f)).toBe(expected);
	});
});

describe('formatDate(partial)', () => {
	it.each([
		['2016', '2016'],
		['2016-06', 'June 2016'],
		['2016-06-24', '24 June 2016'],
		[null, 'undated']
	])('formatDate(%s) is %s', (d, expected) => {
		expect(formatDate(d)).toBe(expected);
	});
});
