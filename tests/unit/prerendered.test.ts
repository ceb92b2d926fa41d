import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { buildBoundaries } from '$lib/server/boundaries';
import {
	drawingOf,
	fillShapes,
	fitBounds,
	markShapes,
	PRERENDER_SIZES,
	prerenderedBase,
	prerenderedBases,
	prerenderedDrawings
} from '$lib/map/prerendered';
import { landStyle } from '$lib/map/style';
import { DEFAULT_BOUNDS, type BoundaryProps, type Bounds } from '$lib/map/view';
import { data } from '../fixtures';

const coarse = buildBoundaries(data.countries(), 'coarse');

/** One square country, [lng0, lat0] to [lng1, lat1]. */
const square = (code: string, [x0, y0]: [number, number], [x1, y1]: [number, number]) => ({
	type: 'Feature' as const,
	properties: { code, name: code, role: 'gms' as const },
	geometry: {
		type: 'Polygon' as const,
		coordinates: [
			[
				[x0, y0],
				[x0, y1],
				[x1, y1],
				[x1, y0],
				[x0, y0]
			]
		]
	}
});
const collection = (
	...features: ReturnType<typeof square>[]
): FeatureCollection<Geometry, BoundaryProps> => ({
	type: 'FeatureCollection',
	features
});

describe('fitBounds(bounds, width, height, padding)', () => {
	it.each([
		['a number', 20, [20, 20, 20, 20]],
		['per side', { top: 10, right: 30, bottom: 50, left: 5 }, [10, 30, 50, 5]]
	] as const)('fits the bounds inside the box less its padding (%s)', (_, padding, [t, r, b, l]) => {
		const bounds: Bounds = [
			[95, 5],
			[110, 25]
		];
		const p = fitBounds(bounds, 600, 400, padding);
		const [x0, y1] = p([95, 5])!;
		const [x1, y0] = p([110, 25])!;
		expect(x0).toBeGreaterThanOrEqual(l - 0.5);
		expect(y0).toBeGreaterThanOrEqual(t - 0.5);
		expect(x1).toBeLessThanOrEqual(600 - r + 0.5);
		expect(y1).toBeLessThanOrEqual(400 - b + 0.5);
		// It touches the padding on one axis at least (fitted, not just inside).
		expect(Math.min(Math.abs(x0 - l), Math.abs(y0 - t))).toBeLessThan(0.5);
	});

	it('keeps a usable box when the padding is larger than the box (a box not measured yet)', () => {
		const p = fitBounds(DEFAULT_BOUNDS, 0, 0);
		expect(Number.isFinite(p.scale())).toBe(true);
	});
});

describe('prerenderedBase(geo, bounds, size)', () => {
	const size = { width: 300, height: 200 };
	const bounds: Bounds = [
		[100, 0],
		[110, 10]
	];

	it('draws a country in view as whole-pixel path data, with its code and role', () => {
		const base = prerenderedBase(collection(square('AAA', [102, 2], [104, 4])), bounds, size);
		expect(base).toMatchObject({ bounds, width: 300, height: 200 });
		expect(base.countries).toHaveLength(1);
		expect(base.countries[0]).toMatchObject({ code: 'AAA', role: 'gms' });
		expect(base.countries[0]!.d).toMatch(/^M-?\d+,-?\d+(L-?\d+,-?\d+)+Z$/);
	});

	it('leaves out a country wholly outside the box and its overscan, keeps one in the overscan', () => {
		const geo = collection(square('FAR', [160, 50], [170, 60]), square('NEAR', [116, 2], [117, 3]));
		expect(prerenderedBase(geo, bounds, size).countries.map((c) => c.code)).toEqual(['NEAR']);
		expect(prerenderedBase(geo, bounds, size, 0).countries).toEqual([]);
	});

	it('is empty for an empty collection', () => {
		expect(prerenderedBase(collection(), bounds, size).countries).toEqual([]);
	});
});

describe('prerenderedBases(geo, bounds) with the real boundaries', () => {
	const bases = prerenderedBases(coarse, DEFAULT_BOUNDS);

	it('draws the Mekong countries in both shapes of box, at their sizes', () => {
		for (const shape of ['wide', 'narrow'] as const) {
			const base = bases[shape];
			expect(base).toMatchObject(PRERENDER_SIZES[shape]);
			const codes = base.countries.map((c) => c.code);
			expect(codes).toEqual(expect.arrayContaining(['KHM', 'LAO', 'MMR', 'THA', 'VNM']));
		}
	});

	it('stays small: a few tens of KB of path data for both', () => {
		const bytes = JSON.stringify(bases).length;
		expect(bytes).toBeLessThan(60_000);
	});

	it('writes each drawing as markup: one coloured shape per country, as the SVG map draws it', () => {
		const drawings = prerenderedDrawings(coarse, DEFAULT_BOUNDS);
		for (const shape of ['wide', 'narrow'] as const) {
			const { shapes, ...frame } = drawings[shape];
			expect(frame).toEqual({ bounds: DEFAULT_BOUNDS, ...PRERENDER_SIZES[shape] });
			const codes = [...shapes.matchAll(/<path class="country" [^>]*data-code="([^"]+)"/g)].map((m) => m[1]);
			expect(codes).toEqual(bases[shape].countries.map((c) => c.code));
			const thailand = landStyle('THA', 'gms', false);
			expect(shapes).toMatch(
				new RegExp(
					`fill="${thailand.fill}" stroke="${thailand.stroke}" stroke-width="${thailand.strokeWidth}" data-code="THA"`
				)
			);
		}
		expect(JSON.stringify(drawings).length).toBeLessThan(80_000);
	});
});

describe('drawingOf(base)', () => {
	it('escapes what it writes into attributes', () => {
		const { shapes } = drawingOf({
			bounds: DEFAULT_BOUNDS,
			width: 10,
			height: 10,
			countries: [{ code: 'A"<&', role: 'other', d: 'M0,0Z' }]
		});
		expect(shapes).toContain('data-code="A&quot;&lt;&amp;"');
		expect(shapes).not.toContain('A"<');
	});
});

describe('markShapes and fillShapes: the shapes are written into the HTML, not into the page data', () => {
	const drawings = prerenderedDrawings(coarse, DEFAULT_BOUNDS);

	it('leaves a short marker in the data for each drawing, and keeps its frame', () => {
		const marked = markShapes(drawings);
		for (const shape of ['wide', 'narrow'] as const) {
			expect(marked[shape].shapes).toBe(`<g data-shapes="${shape}"></g>`);
			expect(marked[shape].bounds).toEqual(drawings[shape].bounds);
		}
		expect(JSON.stringify(marked).length).toBeLessThan(500);
	});

	it("puts each drawing's shapes where its marker is written as markup, and nowhere else", () => {
		const { wide, narrow } = markShapes(drawings);
		const html = `<svg>${wide.shapes}</svg><svg>${narrow.shapes}</svg><script>data={shapes:"\\u003Cg data-shapes=\\"wide\\">\\u003C/g>"}</script>`;
		const page = fillShapes(html, drawings);
		expect(page).toContain(`<svg>${drawings.wide.shapes}</svg><svg>${drawings.narrow.shapes}</svg>`);
		expect(page).toContain('shapes:"\\u003Cg data-shapes=\\"wide\\">\\u003C/g>"');
		expect(page.match(/<path class="country"/g)).toHaveLength(
			drawings.wide.shapes.split('<path').length - 1 + drawings.narrow.shapes.split('<path').length - 1
		);
	});

	it('writes the markup as it is, whatever characters it holds', () => {
		const odd = { ...drawings, wide: { ...drawings.wide, shapes: '<path d="M0,0" data-x="$&$1"></path>' } };
		expect(fillShapes(markShapes(odd).wide.shapes, odd)).toBe('<path d="M0,0" data-x="$&$1"></path>');
	});
});
