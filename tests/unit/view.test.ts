import { describe, expect, it } from 'vitest';
import { buildBoundaries } from '$lib/server/boundaries';
import { boundsOverlap, DEFAULT_BOUNDS, geometryBounds, type Bounds } from '$lib/map/view';
import { data } from '../fixtures';

describe('geometryBounds', () => {
	it('spans every ring of a multipolygon, holes and islands included', () => {
		expect(
			geometryBounds({
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[100, 10],
							[105, 12],
							[101, 20],
							[100, 10]
						]
					],
					[
						[
							[98, 5],
							[99, 6],
							[98.5, 7],
							[98, 5]
						]
					]
				]
			})
		).toEqual([
			[98, 5],
			[105, 20]
		]);
	});

	it('reads a point and a collection too', () => {
		expect(
			geometryBounds({
				type: 'GeometryCollection',
				geometries: [
					{ type: 'Point', coordinates: [120, -5] },
					{
						type: 'LineString',
						coordinates: [
							[90, 30],
							[95, 31]
						]
					}
				]
			})
		).toEqual([
			[90, -5],
			[120, 31]
		]);
	});
});

describe('boundsOverlap', () => {
	const box: Bounds = [
		[90, 0],
		[110, 20]
	];
	it.each<[string, Bounds, boolean]>([
		[
			'inside',
			[
				[95, 5],
				[100, 10]
			],
			true
		],
		[
			'across the east edge',
			[
				[105, 5],
				[130, 10]
			],
			true
		],
		[
			'around the whole box',
			[
				[0, -50],
				[180, 50]
			],
			true
		],
		[
			'touching the north edge',
			[
				[95, 20],
				[100, 30]
			],
			true
		],
		[
			'east of it',
			[
				[111, 5],
				[130, 10]
			],
			false
		],
		[
			'south of it',
			[
				[95, -20],
				[100, -1]
			],
			false
		]
	])('%s', (_, other, expected) => {
		expect(boundsOverlap(box, other)).toBe(expected);
		expect(boundsOverlap(other, box)).toBe(expected);
	});
});

describe('the SVG map’s countries near the default view', () => {
	const coarse = buildBoundaries(data.countries(), 'coarse');
	const near = (code: string) =>
		boundsOverlap(
			geometryBounds(coarse.features.find((f) => f.properties.code === code)!.geometry),
			DEFAULT_BOUNDS
		);
	it('keeps the Mekong countries and their neighbours', () => {
		for (const code of ['KHM', 'LAO', 'MMR', 'THA', 'VNM', 'CHN', 'JPN', 'KOR', 'MYS', 'IDN'])
			expect(near(code)).toBe(true);
	});
	it('leaves out countries far from it', () => {
		const far = coarse.features.filter((f) => !near(f.properties.code));
		expect(far.length).toBeGreaterThan(coarse.features.length / 2);
	});
});
