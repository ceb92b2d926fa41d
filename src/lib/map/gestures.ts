/**
 * Moving the map by hand before MapLibre has started, and over the lines once it has: a drag pans, a
 * wheel turn or a pinch zooms, wherever it starts (on the sea, a line or a label). The math is pure
 * (bounds in, bounds out, through the map's own projection), so it is unit-tested; `attachGestures`
 * wires it to pointer, wheel, touch and key events of the map box.
 *
 * On touch screens one finger scrolls the page and two fingers move the map, as MapLibre's cooperative
 * gestures do once it runs; a one-finger swipe over the map shows a hint saying so.
 */
import type { Point } from './geometry';
import type { Bounds } from './view';

/** A projection both ways, as the map on screen has it. */
export interface TwoWayProjection {
	project: (lngLat: [number, number]) => Point | null;
	invert: (p: Point) => [number, number] | null;
}

const LIMITS = { west: -180, east: 180, south: -80, north: 80 };
/** Closest and widest views, in degrees of longitude across. */
const MIN_SPAN = 0.5;
const MAX_SPAN = 300;

function corners(b: Bounds, p: TwoWayProjection): [Point, Point] | null {
	const nw = p.project([b[0][0], b[1][1]]);
	const se = p.project([b[1][0], b[0][1]]);
	return nw && se && se[0] > nw[0] ? [nw, se] : null;
}

/**
 * Bounds whose corners land on the pixels `nw` and `se`. Longitude is linear in x on a Mercator map, so it
 * is read from the old corners (an inverse projection would wrap it round the antimeridian); latitude is
 * the projection's inverse. Null past the world's edges or the zoom limits.
 */
function fromCorners(
	old: Bounds,
	[oldNw, oldSe]: [Point, Point],
	nw: Point,
	se: Point,
	p: TwoWayProjection
): Bounds | null {
	const lonAt = (x: number) => old[0][0] + ((x - oldNw[0]) * (old[1][0] - old[0][0])) / (oldSe[0] - oldNw[0]);
	const [west, east] = [lonAt(nw[0]), lonAt(se[0])];
	const north = p.invert([oldNw[0], nw[1]])?.[1];
	const south = p.invert([oldNw[0], se[1]])?.[1];
	if (north === undefined || south === undefined || !(north > south)) return null;
	if (!(east - west >= MIN_SPAN && east - west <= MAX_SPAN)) return null;
	if (west < LIMITS.west || east > LIMITS.east || south < LIMITS.south || north > LIMITS.north) return null;
	return [
		[west, south],
		[east, north]
	];
}

/** The bounds after dragging the map by (dx, dy) pixels; the old bounds where the move would leave the world. */
export function panBounds(b: Bounds, dx: number, dy: number, p: TwoWayProjection): Bounds {
	const c = corners(b, p);
	if (!c) return b;
	const [nw, se] = c;
	return fromCorners(b, c, [nw[0] - dx, nw[1] - dy], [se[0] - dx, se[1] - dy], p) ?? b;
}

/** The bounds after zooming by `k` (above 1: in) around the pixel `at`; the old bounds past the limits. */
export function zoomBounds(b: Bounds, k: number, at: Point, p: TwoWayProjection): Bounds {
	const c = corners(b, p);
	if (!c || !(k > 0)) return b;
	const scale = (q: Point): Point => [at[0] + (q[0] - at[0]) / k, at[1] + (q[1] - at[1]) / k];
	return fromCorners(b, c, scale(c[0]), scale(c[1]), p) ?? b;
}

/** How much one wheel event zooms: a notch of a mouse wheel (100 px) is about 1.25x. */
export const wheelFactor = (deltaY: number, deltaMode = 0) =>
	Math.pow(1.0022, -deltaY * (deltaMode === 1 ? 33 : 1));

/** What a key does to the map, or null: arrows pan by a tenth of the box, + and - zoom by 1.5x. */
export function keyMove(
	key: string,
	box: { width: number; height: number }
): { pan?: Point; zoom?: number } | null {
	const step = (n: number) => Math.round(n / 10);
	switch (key) {
		case 'ArrowLeft':
			return { pan: [step(box.width), 0] };
		case 'ArrowRight':
			return { pan: [-step(box.width), 0] };
		case 'ArrowUp':
			return { pan: [0, step(box.height)] };
		case 'ArrowDown':
			return { pan: [0, -step(box.height)] };
		case '+':
		case '=':
			return { zoom: 1.5 };
		case '-':
		case '_':
			return { zoom: 1 / 1.5 };
		default:
			return null;
	}
}

/** What the map box does with a gesture: pan by pixels, zoom by a factor around a pixel. */
export interface GestureTarget {
	pan(dx: number, dy: number): void;
	zoom(k: number, at: Point): void;
	/** A one-finger swipe on a touch screen: the page scrolls; say how to move the map. */
	hint(): void;
	/** Whether a gesture that starts on `target` is ours (MapLibre handles its own canvas itself). */
	owns(target: EventTarget | null): boolean;
}

/** Pixels a pointer may move before a press counts as a drag (and its click is swallowed). */
const DRAG_THRESHOLD = 4;

/** Wires pointer, wheel, touch and (unless `keys` is false) key events of the map box to `t`; returns the cleanup. */
export function attachGestures(box: HTMLElement, t: GestureTarget, { keys = true } = {}): () => void {
	let drag: { id: number; last: Point; moved: boolean } | null = null;
	let swallowClick = false;
	let touch: { mid: Point; dist: number } | null = null;
	const local = (x: number, y: number): Point => {
		const r = box.getBoundingClientRect();
		return [x - r.left, y - r.top];
	};

	const down = (e: PointerEvent) => {
		if (e.pointerType === 'touch' || e.button !== 0 || !t.owns(e.target)) return;
		drag = { id: e.pointerId, last: [e.clientX, e.clientY], moved: false };
	};
	const move = (e: PointerEvent) => {
		if (!drag || e.pointerId !== drag.id) return;
		const [dx, dy] = [e.clientX - drag.last[0], e.clientY - drag.last[1]];
		if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
		if (!drag.moved) box.setPointerCapture?.(e.pointerId);
		drag.moved = true;
		drag.last = [e.clientX, e.clientY];
		t.pan(dx, dy);
	};
	const up = (e: PointerEvent) => {
		if (!drag || e.pointerId !== drag.id) return;
		swallowClick = drag.moved;
		drag = null;
	};
	// A drag that started on a line must not also select it when the button comes up.
	const click = (e: MouseEvent) => {
		if (!swallowClick) return;
		swallowClick = false;
		e.stopPropagation();
		e.preventDefault();
	};
	const wheel = (e: WheelEvent) => {
		if (!t.owns(e.target)) return;
		e.preventDefault();
		t.zoom(wheelFactor(e.deltaY, e.deltaMode), local(e.clientX, e.clientY));
	};
	const touches = (e: TouchEvent) => {
		const [a, b] = [e.touches[0], e.touches[1]];
		if (!a || !b) return null;
		return {
			mid: local((a.clientX + b.clientX) / 2, (a.clientY + b.clientY) / 2),
			dist: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY)
		};
	};
	const touchStart = (e: TouchEvent) => {
		if (!t.owns(e.target)) return;
		touch = touches(e);
	};
	const touchMove = (e: TouchEvent) => {
		if (!t.owns(e.target)) return;
		const now = touches(e);
		if (!now) {
			if (e.touches.length === 1) t.hint();
			return;
		}
		e.preventDefault();
		if (touch) {
			t.pan(now.mid[0] - touch.mid[0], now.mid[1] - touch.mid[1]);
			if (touch.dist > 0) t.zoom(now.dist / touch.dist, now.mid);
		}
		touch = now;
	};
	const touchEnd = (e: TouchEvent) => {
		touch = touches(e);
	};
	const key = (e: KeyboardEvent) => {
		if (!keys || e.target !== box) return;
		const m = keyMove(e.key, box.getBoundingClientRect());
		if (!m) return;
		e.preventDefault();
		if (m.pan) t.pan(m.pan[0], m.pan[1]);
		if (m.zoom) t.zoom(m.zoom, [box.clientWidth / 2, box.clientHeight / 2]);
	};

	const listeners: [string, EventListener, AddEventListenerOptions][] = [
		['pointerdown', down as EventListener, { capture: true }],
		['pointermove', move as EventListener, {}],
		['pointerup', up as EventListener, {}],
		['pointercancel', up as EventListener, {}],
		['click', click as EventListener, { capture: true }],
		['wheel', wheel as EventListener, { passive: false }],
		['touchstart', touchStart as EventListener, { passive: true }],
		['touchmove', touchMove as EventListener, { passive: false }],
		['touchend', touchEnd as EventListener, { passive: true }],
		['keydown', key as EventListener, {}]
	];
	for (const [type, fn, options] of listeners) box.addEventListener(type, fn, options);
	return () => {
		for (const [type, fn, options] of listeners) box.removeEventListener(type, fn, options);
	};
}
