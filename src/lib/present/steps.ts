/**
 * Stepping through a presentation: which step a URL or a key asks for, and what each step shows on the
 * map (stepView: the lines, what is highlighted and named, and where the camera goes). Pure, so keys,
 * URLs and framing are unit-tested; the presenter window only measures the slide and renders the result.
 */
import { corridorEnds } from '$lib/data/corridors';
import type { Publications } from '$lib/data/figureRule';
import type { Country, Figure, PresentationStep } from '$lib/data/schema';

/** What the map needs of a step, in any language. */
type Step = Omit<PresentationStep, 'translations'>;
import { mapLines, type MapLines } from '$lib/map/mapLines';
import { boundsAround, type Bounds, type ViewPadding } from '$lib/map/view';

/** The step index a ?step= value names (1-based in the URL), or null when it names none. */
export function explicitStep(value: string | null, count: number): number | null {
	if (value === null || value.trim() === '') return null;
	const n = Number(value);
	return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : null;
}

/** The step a page's query names ("?step=3" -> 2), or null when it names none. */
export const stepInSearch = (search: string, count: number) =>
	explicitStep(new URLSearchParams(search).get('step'), count);

/** ?step=3 -> index 2; anything that is not a step number falls back to the first step. */
export function stepFromQuery(value: string | null, count: number): number {
	return explicitStep(value, count) ?? 0;
}

const FORWARD = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const BACK = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/** The step a key leads to from `current` (a presentation clicker sends arrows or Page Up/Down). */
export function stepForKey(key: string, current: number, count: number): number | null {
	if (FORWARD.has(key)) return Math.min(current + 1, count - 1);
	if (BACK.has(key)) return Math.max(current - 1, 0);
	if (key === 'Home') return 0;
	if (key === 'End') return count - 1;
	return null;
}

/** The map area a step frames: its bounds, a country with its highlighted corridors, or a corridor. */
export function frameBounds(step: Step, anchors: Map<string, [number, number]>): Bounds {
	const f = step.frame;
	if ('bounds' in f) return f.bounds;
	const codes =
		'country' in f
			? [f.country, ...step.highlight.corridors.flatMap((k) => k.split('-'))]
			: f.corridor.split('-');
	const points = codes.flatMap((c) => (anchors.has(c) ? [anchors.get(c)!] : []));
	// A country alone would be a single point: give it room around it.
	if (points.length === 1) {
		const [x, y] = points[0]!;
		points.push([x - 6, y - 5], [x + 6, y + 5]);
	}
	return boundsAround(points, 0.25);
}

/** The places a step is about, which the audience must see named: its frame's, and the highlighted ones. */
export function stepPlaces(step: Step): string[] {
	const f = step.frame;
	return [
		...new Set([
			...('country' in f ? [f.country] : []),
			...('corridor' in f ? corridorEnds(f.corridor) : []),
			...step.highlight.countries,
			...step.highlight.corridors.flatMap(corridorEnds)
		])
	];
}

/** Room in pixels at each edge of the screen, or a box's extent around a point. */
export interface Insets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * The room a country's name may take around its point, in pixels (left and top negative), from the
 * measured text. The map writes a name 6 px from its dot at whichever corner is free (right-above
 * first; map/labelPlacement.ts), so the room covers all four; `halo` adds the white outline.
 */
export function labelBox(text: { width: number; ascent: number; descent: number }, halo = 2): Insets {
	const [wide, high] = [6 + text.width + halo, 6 + text.ascent + text.descent + halo];
	return { left: -wide, right: wide, top: -high, bottom: high };
}

/** The screen the map fills, what covers it, and how large a country's label is. */
export interface Viewport {
	width: number;
	height: number;
	/** What the slide's own boxes (caption card, legend, controls, map credit) cover at each edge. */
	clear: Insets;
	/** A place's label box around its point (see labelBox). */
	label: (code: string) => Insets;
}

export interface StepContext {
	/** The figures a map can place (data/corridors.ts placedFigures). */
	placed: Figure[];
	countries: Pick<Country, 'code'>[];
	sources: Publications;
	anchors: Map<string, [number, number]>;
	/** Null before the slide is measured (prerendering): the camera then frames the step plainly. */
	viewport: Viewport | null;
}

export interface StepCamera {
	bounds: Bounds;
	padding: ViewPadding;
}

export interface StepView {
	lines: MapLines;
	/** The corridors picked out (the rest dimmed), or null when the step picks none. */
	highlighted: Set<string> | null;
	/** Codes named on the map: the ends of every line drawn and the places the step is about. */
	labelled: string[];
	/** Where the map goes: fitted with `padding`, `bounds` fills the part of the screen left clear. */
	camera: StepCamera;
}

/** Where a plain fit (before the slide is measured) leaves room around the framed area. */
const PLAIN_PADDING = 30;

/** Everything the map shows for one step, and where its camera goes. */
export function stepView(step: Step, ctx: StepContext): StepView {
	const lines = mapLines(ctx.placed, step, ctx.sources);
	const about = stepPlaces(step).filter((c) => ctx.anchors.has(c));
	const labelled = [...new Set([...lines.corridors.flatMap((c) => [c.origin, c.destination]), ...about])];
	const area = frameBounds(step, ctx.anchors);
	const camera = ctx.viewport
		? fitCamera(
				area,
				about.map((code) => ({ at: ctx.anchors.get(code)!, box: ctx.viewport!.label(code) })),
				ctx.viewport
			)
		: { bounds: area, padding: PLAIN_PADDING };
	return {
		lines,
		highlighted: step.highlight.corridors.length ? new Set(step.highlight.corridors) : null,
		labelled,
		camera
	};
}

// Web Mercator, as MapLibre and the SVG map (d3 geoMercator) both draw: x from longitude, y from latitude.
const RAD = Math.PI / 180;
const mercX = (lng: number) => lng * RAD;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
const lngOf = (x: number) => x / RAD;
const latOf = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;

interface Span {
	/** Position in Mercator units (y grows downwards, as on screen). */
	at: number;
	/** Pixels the thing reaches before and after that position. */
	before: number;
	after: number;
}

/** The pixel extent of things at `scale` pixels per Mercator unit: [first pixel, last pixel]. */
function extent(items: Span[], scale: number): [number, number] {
	let [lo, hi] = [Infinity, -Infinity];
	for (const i of items) {
		lo = Math.min(lo, i.at * scale + i.before);
		hi = Math.max(hi, i.at * scale + i.after);
	}
	return [lo, hi];
}

/** The largest scale at which the things fit in `room` pixels (the extent grows with the scale). */
function largestScale(items: Span[], room: number, upTo: number): number {
	const fits = (s: number) => {
		const [lo, hi] = extent(items, s);
		return hi - lo <= room;
	};
	if (fits(upTo)) return upTo;
	let [lo, hi] = [0, upTo];
	for (let i = 0; i < 60; i++) {
		const mid = (lo + hi) / 2;
		if (fits(mid)) lo = mid;
		else hi = mid;
	}
	return lo;
}

/**
 * The camera that shows `area` and every mark with its label inside the part of the screen left clear,
 * as large as they fit: bounds that fill that part exactly, and padding that is the rest of the screen.
 * Labels reach out from their points by a fixed number of pixels whatever the zoom, so the scale is
 * found by bisection rather than by fitting the points alone. Where even the labels cannot fit, the
 * points alone are fitted.
 */
export function fitCamera(
	area: Bounds,
	marks: { at: [number, number]; box: Insets }[],
	v: Viewport
): StepCamera {
	const room = {
		width: v.width - v.clear.left - v.clear.right,
		height: v.height - v.clear.top - v.clear.bottom
	};
	if (room.width <= 0 || room.height <= 0) return { bounds: area, padding: PLAIN_PADDING };
	const [[w, s], [e, n]] = area;
	const corners = { x: [mercX(w), mercX(e)], y: [-mercY(n), -mercY(s)] };
	const build = (boxes: boolean) => ({
		x: [
			...corners.x.map((at) => ({ at, before: 0, after: 0 })),
			...marks.map((m) => ({
				at: mercX(m.at[0]),
				before: boxes ? m.box.left : 0,
				after: boxes ? m.box.right : 0
			}))
		],
		y: [
			...corners.y.map((at) => ({ at, before: 0, after: 0 })),
			...marks.map((m) => ({
				at: -mercY(m.at[1]),
				before: boxes ? m.box.top : 0,
				after: boxes ? m.box.bottom : 0
			}))
		]
	});
	// The area alone sets the largest scale; labels can only make it smaller.
	const upTo = Math.min(
		room.width / Math.max(corners.x[1]! - corners.x[0]!, 1e-9),
		room.height / Math.max(corners.y[1]! - corners.y[0]!, 1e-9)
	);
	let items = build(true);
	let scale = Math.min(largestScale(items.x, room.width, upTo), largestScale(items.y, room.height, upTo));
	if (!(scale > upTo * 0.05)) {
		items = build(false);
		scale = upTo;
	}
	// Centre what is shown in the clear part, and give the bounds of that whole part.
	const [x0, x1] = extent(items.x, scale);
	const [y0, y1] = extent(items.y, scale);
	const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
	const west = lngOf((cx - room.width / 2) / scale);
	const east = lngOf((cx + room.width / 2) / scale);
	const north = latOf(-(cy - room.height / 2) / scale);
	const south = latOf(-(cy + room.height / 2) / scale);
	return {
		bounds: [
			[west, south],
			[east, north]
		],
		padding: { ...v.clear }
	};
}
