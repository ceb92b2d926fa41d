import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { mapTransform, projectorFor } from '$lib/map/projection';
import { originColour } from '$lib/map/style';

describe('projectorFor(mapTransform(map))', () => {
	it('projects through map.project (a fake map that scales degrees to pixels)', () => {
		const fakeMap = { project: ([lng, lat]: [number, number]) => ({ x: lng * 10, y: -lat * 10 }) };
		const project = projectorFor(mapTransform(fakeMap));
		expect(project([100.5, 13.75])).toEqual([1005, -137.5]);
	});

	it('projects through a d3 projection the same way (the SVG fallback)', () => {
		const projection = geoMercator().scale(100).translate([0, 0]);
		const [x, y] = projectorFor(projection)([100.5, 13.75])!;
		const expected = projection([100.5, 13.75])!;
		expect(x).toBeCloseTo(expected[0]);
		expect(y).toBeCloseTo(expected[1]);
	});
});

describe('originColour(code)', () => {
	it('gives each GMS origin its own colour and everything else one neutral colour', () => {
		const gms = ['KHM', 'LAO', 'MMR', 'VNM', 'THA', 'CHN'].map(originColour);
		expect(new Set(gms).size).toBe(6);
		expect(originColour('PHL')).toBe(originColour('IDN'));
	});
});
