import { describe, expect, it } from 'vitest';
import { EDGE, placeTooltip, visibleArea } from '$lib/map/tooltipPlacement';

const box = { left: 0, top: 0, right: 800, bottom: 500 };
const size = { width: 300, height: 200 };
/** Whether a placed tooltip of `s` lies wholly inside `area`. */
const inside = (p: { left: number; top: number; maxHeight: number }, s: typeof size, area = box) =>
	p.left >= area.left &&
	p.top >= area.top &&
	p.left + s.width <= area.right &&
	p.top + Math.min(s.height, p.maxHeight) <= area.bottom;

describe('placeTooltip(at, size, area)', () => {
	it.each([
		['top left: below and to the right', [100, 100], { left: 112, top: 112 }],
		['right edge: flipped to the left', [700, 100], { left: 388, top: 112 }],
		['bottom edge: flipped above', [100, 450], { left: 112, top: 238 }],
		['bottom right corner: both', [790, 490], { left: 478, top: 278 }]
	] as const)('%s', (_, at, expected) => {
		const p = placeTooltip([at[0], at[1]], size, box);
		expect(p).toMatchObject(expected);
		expect(inside(p, size)).toBe(true);
	});
	it.each([
		['left of the area', [-50, 100]],
		['above the area', [100, -80]],
		['beyond the bottom right', [900, 700]]
	] as const)('placeTooltip() for a point %s still puts the tooltip inside', (_, at) => {
		expect(inside(placeTooltip([at[0], at[1]], size, box), size)).toBe(true);
	});
	it('placeTooltip() caps a tooltip taller than the area to its height, inside it', () => {
		const tall = { width: 300, height: 900 };
		const p = placeTooltip([400, 480], tall, box);
		expect(p.maxHeight).toBe(500 - 2 * EDGE);
		expect(p.top).toBe(EDGE);
		expect(inside(p, tall)).toBe(true);
	});
	it('placeTooltip() keeps a tooltip that fits neither side inside, as near the point as it can', () => {
		const wide = { width: 700, height: 100 };
		const p = placeTooltip([400, 100], wide, box);
		expect(inside(p, wide)).toBe(true);
	});
	it('placeTooltip() in an empty area gives no height rather than NaN', () => {
		const p = placeTooltip([0, 0], size, { left: 0, top: 0, right: 0, bottom: 0 });
		expect(p.maxHeight).toBe(0);
		expect(Number.isFinite(p.left) && Number.isFinite(p.top)).toBe(true);
	});
});

describe('visibleArea(box, window)', () => {
	it.each([
		[
			'wholly in the window',
			{ left: 10, top: 50, width: 400, height: 300 },
			{ left: 0, top: 0, right: 400, bottom: 300 }
		],
		[
			'cut by the bottom of the window',
			{ left: 0, top: 500, width: 400, height: 400 },
			{ left: 0, top: 0, right: 400, bottom: 300 }
		],
		[
			'scrolled partly above the window',
			{ left: 0, top: -100, width: 400, height: 400 },
			{ left: 0, top: 100, right: 400, bottom: 400 }
		],
		[
			'scrolled out of the window: the whole box',
			{ left: 0, top: -900, width: 400, height: 400 },
			{ left: 0, top: 0, right: 400, bottom: 400 }
		]
	] as const)('%s', (_, b, expected) => {
		expect(visibleArea(b, { width: 1000, height: 800 })).toEqual(expected);
	});
});
