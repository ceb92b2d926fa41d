/**
 * Flow-line geometry in screen pixels, pure so it can be tested without a map:
 * curved lines (A to B bends the other way from B to A), arrowheads, widths from a d3 scale, and where a
 * line leaves the view (for the label of a destination off-screen).
 */
import { scaleSqrt } from 'd3-scale';

export type Point = [number, number];

/** How far the curve bows out, as a share of the line's length. */
export const CURVATURE = 0.18;

/**
 * Control point of a quadratic curve from p0 to p1, offset to the left of the direction of travel, so
 * that the two directions of one corridor bow to opposite sides and never overlap.
 */
export function controlPoint(p0: Point, p1: Point, curvature = CURVATURE): Point {
	const [dx, dy] = [p1[0] - p0[0], p1[1] - p0[1]];
	return [(p0[0] + p1[0]) / 2 + dy * curvature, (p0[1] + p1[1]) / 2 - dx * curvature];
}

/** Point at t (0..1) on the quadratic curve p0 -> c -> p1. */
export function pointOnCurve(p0: Point, c: Point, p1: Point, t: number): Point {
	const u = 1 - t;
	return [u * u * p0[0] + 2 * u * t * c[0] + t * t * p1[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p1[1]];
}

const r = (n: number) => Math.round(n * 10) / 10;

/** A flow line's geometry in pixels: curve from p0 through c to base, arrowhead base-left-tip-right. */
export interface FlowGeometry {
	p0: Point;
	control: Point;
	base: Point;
	left: Point;
	right: Point;
	tip: Point;
}

export interface FlowShape {
	/** SVG path of the curve, ending where the arrowhead starts. */
	line: string;
	/** SVG path of the arrowhead at the destination. */
	head: string;
	control: Point;
}

/**
 * The curve and its arrowhead. The curve stops at the arrowhead's base so a wide line does not poke
 * through the point of the arrow; the head grows with the width, within limits, so thin lines still
 * show their direction.
 */
export function flowGeometry(p0: Point, p1: Point, width: number, curvature = CURVATURE): FlowGeometry {
	const c = controlPoint(p0, p1, curvature);
	const length = Math.hypot(p1[0] - p0[0], p1[1] - p0[1]);
	const headLength = Math.min(Math.max(width * 1.6, 7), Math.max(length * 0.4, 2));
	const headWidth = Math.max(width * 1.7, 7);
	// Direction at the end of a quadratic curve is from the control point to the end point.
	const [tx, ty] = [p1[0] - c[0], p1[1] - c[1]];
	const norm = Math.hypot(tx, ty) || 1;
	const [ux, uy] = [tx / norm, ty / norm];
	const base: Point = [p1[0] - ux * headLength, p1[1] - uy * headLength];
	return {
		p0,
		control: c,
		base,
		left: [base[0] - uy * (headWidth / 2), base[1] + ux * (headWidth / 2)],
		right: [base[0] + uy * (headWidth / 2), base[1] - ux * (headWidth / 2)],
		tip: p1
	};
}

/** The same geometry as SVG path data. */
export function flowShape(p0: Point, p1: Point, width: number, curvature = CURVATURE): FlowShape {
	const g = flowGeometry(p0, p1, width, curvature);
	const [c, base, left, right] = [g.control, g.base, g.left, g.right];
	return {
		line: `M${r(p0[0])},${r(p0[1])}Q${r(c[0])},${r(c[1])} ${r(base[0])},${r(base[1])}`,
		head: `M${r(p1[0])},${r(p1[1])}L${r(left[0])},${r(left[1])}L${r(right[0])},${r(right[1])}Z`,
		control: c
	};
}

/** Above this many lines, the flow layer paints them on a canvas (see FlowLayer). */
export const CANVAS_THRESHOLD = 400;

export const MIN_WIDTH = 2;
export const MAX_WIDTH = 18;

/**
 * Line width from a cited value: area-true (sqrt) scale from 0 to the largest value in view, with a
 * minimum so that the smallest corridor stays visible and clickable.
 */
export function widthScale(maxValue: number) {
	const scale = scaleSqrt()
		.domain([0, maxValue > 0 ? maxValue : 1])
		.range([0, MAX_WIDTH]);
	const width = (value: number) => Math.max(MIN_WIDTH, scale(Math.max(0, value)));
	return Object.assign(width, { scale });
}

/** The largest "round" number (1, 2 or 5 times a power of ten) that is at most `value`; 0 below 1. */
export function roundBelow(value: number): number {
	if (!(value >= 1) || !Number.isFinite(value)) return 0;
	const power = 10 ** Math.floor(Math.log10(value));
	return [5, 2, 1].map((m) => m * power).find((v) => v <= value) ?? power;
}

/**
 * Two or three round reference values for the legend, all within what the view draws: the largest round
 * number at most the view's largest line, then round numbers about a quarter of the one before (on the
 * area-true scale, half its width each). Values below `smallest` (where lines reach their minimum width and
 * look alike) are left out, but the top one always stays. E.g. 686,429 -> [20000, 100000, 500000].
 */
export function legendValues(viewMax: number, smallest = 1): number[] {
	const top = roundBelow(viewMax);
	if (!top) return [];
	const values = [top];
	for (let v = roundBelow(top / 4); values.length < 3 && v >= Math.max(1, smallest); v = roundBelow(v / 4))
		values.unshift(v);
	return values;
}

export interface Viewport {
	width: number;
	height: number;
}

export const inView = (p: Point, v: Viewport, margin = 0) =>
	p[0] >= margin && p[0] <= v.width - margin && p[1] >= margin && p[1] <= v.height - margin;

/**
 * Where the curve from p0 (in view) towards p1 (out of view) last is inside the view, inset by
 * `margin`: the spot for the off-screen destination's name. Null when the whole curve is outside.
 */
export function exitPoint(
	p0: Point,
	p1: Point,
	v: Viewport,
	margin = 12,
	curvature = CURVATURE
): Point | null {
	const c = controlPoint(p0, p1, curvature);
	let last: Point | null = null;
	for (let i = 0; i <= 64; i++) {
		const p = pointOnCurve(p0, c, p1, i / 64);
		if (inView(p, v, margin)) last = p;
		else if (last) return last;
	}
	return last;
}
