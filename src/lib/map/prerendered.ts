/**
 * The SVG map as it is written into the page at build time: the country shapes of a view, projected into
 * a box of fixed size that CSS scales to whatever box the page has. It is what a reader without
 * JavaScript sees, and what a reader with it sees until the live SVG map has measured its box. The shapes
 * are made on the server (from the coarse boundaries) and carried as path data; the lines over them are
 * drawn by the flow layer through the same projection, which `fitBounds` rebuilds from the same numbers.
 * Pure, so it is unit-tested.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { escapeHtml } from '$lib/embed/snippet';
import { landStyle, type LandRole } from './style';
import type { BoundaryProps, Bounds, ViewPadding } from './view';

/**
 * The two drawings a page carries: a landscape one for a wide screen's map box, and a portrait one for a
 * phone's (its box is taller than wide). Each is laid out at about the size it is shown, so its labels are
 * placed, and read, at their own size; CSS shows the one that fits the box the layout makes.
 */
export const PRERENDER_SIZES = {
	wide: { width: 860, height: 540 },
	narrow: { width: 340, height: 480 }
} as const;
export type PrerenderShape = keyof typeof PRERENDER_SIZES;

/** Room around the bounds, as the live maps leave it. */
export const FIT_PADDING = 20;

export interface PrerenderedBase {
	/** The view drawn: the lines over the shapes go through `fitBounds(bounds, width, height)` too. */
	bounds: Bounds;
	width: number;
	height: number;
	/** Country outlines as SVG path data in the box's pixels, in whole numbers to keep the page small. */
	countries: { code: string; role: LandRole; d: string }[];
}

export type PrerenderedBases = Record<PrerenderShape, PrerenderedBase>;

/**
 * A drawing as the page carries it: its country shapes as SVG markup, not a list to render. Svelte
 * takes markup written into the page as it is when the page starts (`{@html}`), where a list of paths is
 * rebuilt and compared node by node: the two drawings' shapes were about 60 ms of a 4x-slowed phone's
 * hydration.
 */
export interface PrerenderedDrawing {
	bounds: Bounds;
	width: number;
	height: number;
	/**
	 * `<path class="country">` elements, coloured as the SVG map colours them with nothing selected; in a
	 * page's data, the marker that stands for them (markShapes).
	 */
	shapes: string;
}

export type PrerenderedDrawings = Record<PrerenderShape, PrerenderedDrawing>;

const attribute = (value: string | number) => escapeHtml(String(value));

/** The drawing of `base`, its shapes written out as markup. */
export function drawingOf({ bounds, width, height, countries }: PrerenderedBase): PrerenderedDrawing {
	const shapes = countries
		.map(({ code, role, d }) => {
			const look = landStyle(code, role, false);
			return `<path class="country" d="${attribute(d)}" fill="${attribute(look.fill)}" stroke="${attribute(look.stroke)}" stroke-width="${attribute(look.strokeWidth)}" data-code="${attribute(code)}"></path>`;
		})
		.join('');
	return { bounds, width, height, shapes };
}

/**
 * A Mercator projection that fits `bounds` into a `width` x `height` box, leaving `padding` around them:
 * the SVG map's, the prerendered map's and MapLibre's view of the same bounds agree.
 */
export function fitBounds(
	bounds: Bounds,
	width: number,
	height: number,
	padding: ViewPadding = FIT_PADDING
): GeoProjection {
	const [[w, s], [e, n]] = bounds;
	const frame = {
		type: 'MultiPoint' as const,
		coordinates: [
			[w, s],
			[e, n],
			[w, n],
			[e, s]
		]
	};
	const p =
		typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
	return geoMercator().fitExtent(
		[
			[p.left, p.top],
			[Math.max(width - p.right, p.left + 20), Math.max(height - p.bottom, p.top + 20)]
		],
		frame
	);
}

/**
 * The country shapes of `bounds` in a box of `size`. Shapes are clipped to the box grown by `overscan`
 * (a share of its size) on every side, not to the box itself: the box is scaled to fit the page's box
 * (letterboxed), and the land must go on into the margins that the other shape of box leaves. Countries
 * wholly outside are left out.
 */
export function prerenderedBase(
	geo: FeatureCollection<Geometry, BoundaryProps>,
	bounds: Bounds,
	size: { width: number; height: number },
	overscan = 0.3
): PrerenderedBase {
	const { width, height } = size;
	const fitted = fitBounds(bounds, width, height);
	const [ox, oy] = [width * overscan, height * overscan];
	const path = geoPath(
		geoMercator()
			.scale(fitted.scale())
			.translate(fitted.translate())
			.clipExtent([
				[-ox, -oy],
				[width + ox, height + oy]
			])
	).digits(0);
	return {
		bounds,
		width,
		height,
		countries: geo.features.flatMap((f) => {
			const d = path(f);
			return d ? [{ code: f.properties.code, role: f.properties.role, d }] : [];
		})
	};
}

/** Both drawings of a view. */
export const prerenderedBases = (
	geo: FeatureCollection<Geometry, BoundaryProps>,
	bounds: Bounds
): PrerenderedBases => ({
	wide: prerenderedBase(geo, bounds, PRERENDER_SIZES.wide),
	narrow: prerenderedBase(geo, bounds, PRERENDER_SIZES.narrow)
});

/** Both drawings of a view, as the page carries them. */
export function prerenderedDrawings(
	geo: FeatureCollection<Geometry, BoundaryProps>,
	bounds: Bounds
): PrerenderedDrawings {
	const { wide, narrow } = prerenderedBases(geo, bounds);
	return { wide: drawingOf(wide), narrow: drawingOf(narrow) };
}

const shapeNames = Object.keys(PRERENDER_SIZES) as PrerenderShape[];

/**
 * What a page's data carries in place of a drawing's shapes: an empty group, which `fillShapes` replaces.
 * Not a comment: Svelte's start reads comments as its own markers, and SvelteKit's development server
 * warns that removing comments in transformPageChunk can break hydration.
 */
export const shapesMarker = (shape: PrerenderShape) => `<g data-shapes="${shape}"></g>`;

/**
 * The drawings as the page's data carries them: each one's shapes are a marker. The page's start adopts
 * the markup it finds in the HTML without reading the string, yet the data written into the page for the
 * start carried both drawings' shapes a second time: 44 KB of a 243 KB page, before compression. (A home
 * page the app reaches by a navigation of its own fetches the markup: geo/map-shapes.json.)
 */
export const markShapes = (drawings: PrerenderedDrawings): PrerenderedDrawings =>
	Object.fromEntries(
		shapeNames.map((shape) => [shape, { ...drawings[shape], shapes: shapesMarker(shape) }])
	) as PrerenderedDrawings;

/**
 * The page's HTML with each drawing's marker replaced by its shapes. Only the marker written as markup is
 * found: in the page's data, the serializer writes its `<` as `\u003C`.
 */
export const fillShapes = (html: string, drawings: PrerenderedDrawings): string =>
	shapeNames.reduce((page, shape) => page.replace(shapesMarker(shape), () => drawings[shape].shapes), html);

/** Whether the page's HTML has a marker for `fillShapes` to replace. */
export const hasShapesMarker = (html: string): boolean =>
	shapeNames.some((shape) => html.includes(shapesMarker(shape)));
