import { describe, expect, it } from 'vitest';
import type { Feature, Geometry, Position } from 'geojson';
import { buildBoundaries, insideExtent, MAP_EXTENT, roundRing, unwrap } from '$lib/server/boundaries';
import type { BoundaryProps } from '$lib/map/view';
import { data } from '../fixtures';

const countries = data.countries();
const fine = buildBoundaries(countries);
const coarse = buildBoundaries(countries, 'coarse');

/** Every ring of a feature (outer rings and holes alike). */
function rings(g: Geometry): Position[][] {
	if (g.type === 'Polygon') return g.coordinates;
	if (g.type === 'MultiPolygon') return g.coordinates.flat();
	return [];
}
const lonsOf = (f: Feature<Geometry, BoundaryProps>) =>
	rings(f.geometry)
		.flat()
		.map((p) => p[0]!);
const span = (ring: Position[]) => {
	const lons = ring.map((p) => p[0]!);
	return Math.max(...lons) - Math.min(...lons);
};
const byCode = (fc: typeof fine, code: string) => fc.features.find((f) => f.properties.code === code);
const pointCount = (f: Feature<Geometry, BoundaryProps>) => rings(f.geometry).flat().length;
/** Whether every coordinate is a whole multiple of `step` (to the two decimals kept). */
const onGrid = (f: Feature<Geometry, BoundaryProps>, step: number) =>
	rings(f.geometry)
		.flat()
		.flat()
		.every((n) => Math.abs(Math.round(n / step) * step - n) < 1e-6);

// Countries of ours whose whole outline lies outside MAP_EXTENT's longitudes: leaving them out is the point.
const OUTSIDE_EXTENT = ['CAN', 'ECU', 'USA'];
// Natural Earth's 110m outlines have no Singapore, Hong Kong or Macau: only the detailed file has them.
const ONLY_DETAILED = ['SGP', 'HKG', 'MAC'];

describe('unwrap(ring)', () => {
	it.each<[string, Position[], Position[]]>([
		[
			'continues a ring that crosses the antimeridian east of 180',
			[
				[170, 60],
				[179.9, 61],
				[-179.9, 62],
				[-170, 63],
				[170, 60]
			],
			[
				[170, 60],
				[179.9, 61],
				[180.1, 62],
				[190, 63],
				[170, 60]
			]
		],
		[
			'keeps a ring that spans less than 180 degrees as it is, west longitudes included',
			[
				[-10, 50],
				[10, 50],
				[0, 55],
				[-10, 50]
			],
			[
				[-10, 50],
				[10, 50],
				[0, 55],
				[-10, 50]
			]
		],
		['keeps an empty ring empty', [], []]
	])('unwrap(ring) %s', (_name, ring, expected) => {
		expect(unwrap(ring)).toEqual(expected);
	});

	it('unwrap(ring) returns the very ring it was given when there is nothing to continue', () => {
		const ring: Position[] = [
			[100, 10],
			[110, 10],
			[105, 20],
			[100, 10]
		];
		expect(unwrap(ring)).toBe(ring);
	});

	it('unwrap(ring) treats a span of exactly 180 degrees as crossing', () => {
		expect(
			unwrap([
				[90, 0],
				[-90, 0]
			])
		).toEqual([
			[90, 0],
			[270, 0]
		]);
	});
});

describe('insideExtent(ring)', () => {
	const [west, , east] = MAP_EXTENT;
	const at = (...lons: number[]): Position[] => lons.map((lon) => [lon, 10]);
	it.each<[string, Position[], boolean]>([
		['a ring within the extent', at(100, 105, 100), true],
		['a ring that only reaches in from the west', at(west - 20, west, west - 20), true],
		['a ring that only reaches in from the east', at(east, east + 20, east), true],
		['a ring just west of the extent', at(west - 20, west - 0.1, west - 20), false],
		['a ring just east of the extent', at(east + 0.1, east + 20, east + 0.1), false],
		['a ring continued east of 180 (Chukotka)', at(180.1, 190, 180.1), false],
		['a ring wider than the whole extent', at(west - 1, east + 1, west - 1), true],
		['an empty ring', [], false]
	])('insideExtent(ring) is %s: %s', (_name, ring, expected) => {
		expect(insideExtent(ring)).toBe(expected);
	});
});

describe('roundRing(ring, step)', () => {
	it.each<[string, Position[], number, Position[]]>([
		[
			'rounds to the step and drops the points that rounding made repeat',
			[
				[100.01, 10.01],
				[100.04, 10.02],
				[100.26, 10.04],
				[100.01, 10.01]
			],
			0.1,
			[
				[100, 10],
				[100.3, 10],
				[100, 10]
			]
		],
		[
			'keeps the closing point, which repeats the first but not its neighbour',
			[
				[1, 1],
				[2, 1],
				[2, 2],
				[1, 1]
			],
			0.1,
			[
				[1, 1],
				[2, 1],
				[2, 2],
				[1, 1]
			]
		],
		[
			'leaves no floating-point tails (0.1 * 3 is 0.3, not 0.30000000000000004)',
			[
				[0.29, 0.71],
				[1.25, -0.04]
			],
			0.1,
			[
				[0.3, 0.7],
				[1.3, 0]
			]
		],
		[
			'rounds to 0.02 degrees for the detailed outlines',
			[
				[103.851, 1.289],
				[103.859, 1.291],
				[103.87, 1.3]
			],
			0.02,
			[
				[103.86, 1.28],
				[103.86, 1.3],
				[103.88, 1.3]
			]
		],
		['keeps an empty ring empty', [], 0.1, []],
		['keeps a single point', [[5.04, 5.06]], 0.1, [[5, 5.1]]]
	])('roundRing(ring, step) %s', (_name, ring, step, expected) => {
		expect(roundRing(ring, step)).toEqual(expected);
	});

	it('roundRing(ring, step) does not change the ring it was given', () => {
		const ring: Position[] = [
			[1.04, 1.04],
			[1.01, 1.01]
		];
		roundRing(ring, 0.1);
		expect(ring).toEqual([
			[1.04, 1.04],
			[1.01, 1.01]
		]);
	});
});

describe('buildBoundaries(countries, detail)', () => {
	it.each([
		['fine', fine],
		['coarse', coarse]
	] as const)(
		"buildBoundaries(countries, '%s') draws no band across the map: no ring spans more than 180 degrees",
		(_detail, fc) => {
			const wide = fc.features.flatMap((f) =>
				rings(f.geometry)
					.filter((r) => span(r) > 180)
					.map((r) => `${f.properties.code}: ${span(r)}`)
			);
			expect(wide).toEqual([]);
		}
	);

	it.each([
		['fine', fine],
		['coarse', coarse]
	] as const)(
		"buildBoundaries(countries, '%s') continues Russia's ring east of 180: Chukotka is > 180, not negative",
		(_detail, fc) => {
			const russia = byCode(fc, 'N643');
			expect(russia, 'Russia (ISO 643) is on the map').toBeDefined();
			const lons = lonsOf(russia!);
			expect(Math.max(...lons)).toBeGreaterThan(180);
			expect(Math.min(...lons)).toBeGreaterThanOrEqual(0);
		}
	);

	it.each([
		['fine', fine],
		['coarse', coarse]
	] as const)(
		"buildBoundaries(countries, '%s') keeps only rings that reach into the extent, closed and of 4 points or more",
		(_detail, fc) => {
			const [west, , east] = MAP_EXTENT;
			for (const f of fc.features)
				for (const r of rings(f.geometry)) {
					const lons = r.map((p) => p[0]!);
					expect(Math.max(...lons), f.properties.code).toBeGreaterThanOrEqual(west);
					expect(Math.min(...lons), f.properties.code).toBeLessThanOrEqual(east);
					expect(r.length, f.properties.code).toBeGreaterThanOrEqual(4);
					expect(r[r.length - 1], f.properties.code).toEqual(r[0]);
				}
		}
	);

	it.each<[string, typeof fine, string[]]>([
		['fine', fine, []],
		['coarse', coarse, ONLY_DETAILED]
	])(
		"buildBoundaries(countries, '%s') has every country of ours with an iso_numeric in the extent, named and with its role",
		(_detail, fc, absent) => {
			const expected = countries.filter(
				(c) => c.iso_numeric && !OUTSIDE_EXTENT.includes(c.code) && !absent.includes(c.code)
			);
			expect(expected.length).toBeGreaterThan(25);
			for (const c of expected)
				expect(byCode(fc, c.code)?.properties, c.code).toEqual({
					code: c.code,
					name: c.name,
					role: c.role
				});
			for (const code of [...OUTSIDE_EXTENT, ...absent]) expect(byCode(fc, code), code).toBeUndefined();
		}
	);

	it('buildBoundaries(countries) has Singapore, Hong Kong and Macau in the detailed file (they vanish at 110m)', () => {
		for (const code of ONLY_DETAILED) {
			const f = byCode(fine, code);
			expect(f, code).toBeDefined();
			expect(f!.properties.role).toBe('destination');
		}
		const singapore = lonsOf(byCode(fine, 'SGP')!);
		expect(Math.min(...singapore)).toBeGreaterThan(103);
		expect(Math.max(...singapore)).toBeLessThan(105);
	});

	it("buildBoundaries(countries, 'coarse') is smaller than the fine file and rounded to 0.1 degree everywhere", () => {
		const points = (fc: typeof fine) => fc.features.reduce((n, f) => n + pointCount(f), 0);
		expect(points(coarse)).toBeLessThan(points(fine) * 0.75);
		for (const f of coarse.features) expect(onGrid(f, 0.1), f.properties.code).toBe(true);
	});

	it("buildBoundaries(countries, 'fine') draws GMS and destination countries in detail (0.02 degree) and the rest as coarse does", () => {
		for (const c of countries.filter((c) => c.iso_numeric && ['gms', 'destination'].includes(c.role))) {
			const f = byCode(fine, c.code);
			if (!f) continue; // a grouping such as XME, or outside the extent
			expect(onGrid(f, 0.02), c.code).toBe(true);
			const rough = byCode(coarse, c.code);
			if (rough) expect(pointCount(f), c.code).toBeGreaterThan(pointCount(rough));
		}
		for (const code of ['IND', 'AUS', 'DEU', 'N643'])
			expect(byCode(fine, code)!.geometry, code).toEqual(byCode(coarse, code)!.geometry);
	});

	it('buildBoundaries(countries) names a country we do not list by Natural Earth, with code N + ISO numeric and role none', () => {
		expect(byCode(fine, 'N643')!.properties).toEqual({ code: 'N643', name: 'Russia', role: 'none' });
		expect(byCode(fine, 'N356')).toBeUndefined(); // India is ours: IND, not N356
		for (const f of fine.features)
			if (f.properties.role === 'none') expect(f.properties.code, f.properties.name).toMatch(/^N/);
	});

	it('buildBoundaries([]) still draws the world, every country as role none, and fine is then the same as coarse', () => {
		const bare = buildBoundaries([]);
		expect(bare.features.length).toBeGreaterThan(100);
		expect(new Set(bare.features.map((f) => f.properties.role))).toEqual(new Set(['none']));
		expect(bare).toEqual(buildBoundaries([], 'coarse'));
		expect(bare.features.map((f) => f.properties.code)).not.toContain('THA');
		expect(bare.features.map((f) => f.properties.code)).toContain('N764');
	});

	it('buildBoundaries(countries) matches no outline for a place whose iso_numeric is null', () => {
		const groups = countries.filter((c) => c.iso_numeric === null);
		expect(groups.map((c) => c.code)).toContain('XME');
		const codes = new Set(fine.features.map((f) => f.properties.code));
		for (const c of groups) expect(codes.has(c.code), c.code).toBe(false);
		// And adding such a place changes nothing.
		expect(buildBoundaries(countries.filter((c) => c.iso_numeric !== null))).toEqual(fine);
	});

	it('buildBoundaries(countries) gives every outline a code of its own, never "Nundefined"', () => {
		const codes = fine.features.map((f) => f.properties.code);
		expect(codes.filter((c) => c.includes('undefined'))).toEqual([]);
		expect(codes.length).toBe(new Set(codes).size);
	});
});
