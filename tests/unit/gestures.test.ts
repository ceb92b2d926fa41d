import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { keyMove, panBounds, wheelFactor, zoomBounds, type TwoWayProjection } from '$lib/map/gestures';
import type { Bounds } from '$lib/map/view';

const box = { width: 800, height: 500 };
/** The SVG map's projection for some bounds: Mercator fitted into the box, as FallbackMap does. */
function fitted(b: Bounds): TwoWayProjection & { scale: number } {
	const [[w, s], [e, n]] = b;
	const p = geoMercator().fitExtent(
		[
			[20, 20],
			[box.width - 20, box.height - 20]
		],
		{
			type: 'MultiPoint',
			coordinates: [
				[w, s],
				[e, n],
				[w, n],
				[e, s]
			]
		}
	);
	return {
		project: (x) => p(x) as [number, number],
		invert: (x) => p.invert!(x) as [number, number],
		scale: p.scale()
	};
}
const start: Bounds = [
	[88, -2],
	[146, 44]
];

describe('panBounds(bounds, dx, dy, projection)', () => {
	it('moves the map with the hand: a point under the pointer stays under it', () => {
		const p = fitted(start);
		const bangkok: [number, number] = [100.5, 13.8];
		const before = p.project(bangkok)!;
		const after = fitted(panBounds(start, 120, 40, p)).project(bangkok)!;
		expect(after[0] - before[0]).toBeCloseTo(120, 0);
		expect(after[1] - before[1]).toBeCloseTo(40, 0);
	});
	it('keeps the bounds when a move would leave the world', () => {
		expect(panBounds(start, -100000, 0, fitted(start))).toBe(start);
	});
});

describe('zoomBounds(bounds, k, at, projection)', () => {
	it.each([1.5, 2, 1 / 1.5])('zooms by %s around a point, which stays put', (k) => {
		const p = fitted(start);
		const at: [number, number] = [300, 260];
		const ll = p.invert(at)!;
		const next = fitted(zoomBounds(start, k, at, p));
		expect(next.scale / p.scale).toBeCloseTo(k, 2);
		const back = next.project(ll)!;
		expect(back[0]).toBeCloseTo(at[0], 0);
		expect(back[1]).toBeCloseTo(at[1], 0);
	});
	it('stops at the closest and the widest view', () => {
		expect(zoomBounds(start, 1000, [400, 250], fitted(start))).toBe(start);
		expect(zoomBounds(start, 0.001, [400, 250], fitted(start))).toBe(start);
		expect(zoomBounds(start, 0, [400, 250], fitted(start))).toBe(start);
	});
});

describe('wheelFactor and keyMove', () => {
	it('zooms in for a wheel turned forward, out for back, about 1.25x a notch', () => {
		expect(wheelFactor(-100)).toBeCloseTo(1.25, 1);
		expect(wheelFactor(100)).toBeCloseTo(0.8, 1);
		expect(wheelFactor(-3, 1)).toBeCloseTo(wheelFactor(-99), 5);
	});
	it.each([
		['ArrowLeft', { pan: [80, 0] }],
		['ArrowUp', { pan: [0, 50] }],
		['+', { zoom: 1.5 }],
		['-', { zoom: 1 / 1.5 }],
		['a', null]
	])('keyMove(%j)', (key, expected) => {
		expect(keyMove(key, box)).toEqual(expected);
	});
});
