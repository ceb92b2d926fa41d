import { describe, expect, it } from 'vitest';
import type { Measure } from '$lib/data/schema';
import { nextPlayYear, playStart, yearsOfMeasure } from '$lib/map/play';

const byYear: Record<number, Measure[]> = {
	2016: ['stock', 'registered_workers'],
	2017: ['stock'],
	2019: ['stock', 'registered_workers', 'quota_target'],
	2020: ['quota_target']
};
const measuresIn = (y: number) => byYear[y] ?? [];
const years = [2016, 2017, 2019, 2020];

describe('yearsOfMeasure(years, measuresIn, measure)', () => {
	it.each([
		['stock', [2016, 2017, 2019]],
		['registered_workers', [2016, 2019]],
		['quota_target', [2019, 2020]],
		['departures', []]
	] as [Measure, number[]][])('yearsOfMeasure(…, %s) is %j', (measure, expected) => {
		expect(yearsOfMeasure(years, measuresIn, measure)).toEqual(expected);
	});
	it('yearsOfMeasure([]) is empty', () => {
		expect(yearsOfMeasure([], measuresIn, 'stock')).toEqual([]);
	});
});

describe('playStart(playYears, year)', () => {
	it.each([
		[[2016, 2019], 2016, 2016],
		[[2016, 2019], 2017, 2019],
		[[2016, 2019], 2019, 2016],
		[[2016, 2019], 2020, 2016],
		[[2019], 2019, 2019],
		[[], 2019, null]
	] as [number[], number, number | null][])('playStart(%j, %s) is %s', (playYears, year, expected) => {
		expect(playStart(playYears, year)).toBe(expected);
	});
});

describe('nextPlayYear(playYears, year)', () => {
	it.each([
		[[2016, 2017, 2019], 2016, 2017],
		[[2016, 2019], 2016, 2019],
		[[2016, 2019], 2019, null],
		[[], 2016, null]
	] as [number[], number, number | null][])('nextPlayYear(%j, %s) is %s', (playYears, year, expected) => {
		expect(nextPlayYear(playYears, year)).toBe(expected);
	});
});
