/**
 * Where a tooltip goes so that all of it can be read: beside the point it describes, flipped to the left
 * or above where it would cross an edge, kept inside the area the reader can see (the map box, cut by the
 * window when the box is partly scrolled away), its height capped to that area (the rest scrolls inside).
 * Pure, in the box's pixels, for the unit tests.
 */
import type { Point } from './geometry';

export interface Area {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export interface TooltipPlace {
	left: number;
	top: number;
	/** The most the tooltip may be tall; taller content scrolls. */
	maxHeight: number;
}

/** Space kept between the tooltip and the area's edges. */
export const EDGE = 8;

/**
 * The part of a box (its rectangle on screen) inside the window, in the box's own coordinates; the
 * whole box when none of it is in the window (nothing to fit, so fit the box).
 */
export function visibleArea(
	box: { left: number; top: number; width: number; height: number },
	win: { width: number; height: number }
): Area {
	const area = {
		left: Math.max(0, -box.left),
		top: Math.max(0, -box.top),
		right: Math.min(box.width, win.width - box.left),
		bottom: Math.min(box.height, win.height - box.top)
	};
	return area.right - area.left > 0 && area.bottom - area.top > 0
		? area
		: { left: 0, top: 0, right: box.width, bottom: box.height };
}

/**
 * One axis: after the point when it fits, else before it, else centred on it; always inside the area
 * (the point itself may be outside it: a line's middle off the screen).
 */
function along(at: number, size: number, from: number, to: number, gap: number): number {
	const [min, max] = [from + EDGE, to - EDGE - size];
	const place =
		at + gap + size <= to - EDGE
			? at + gap
			: at - gap - size >= from + EDGE
				? at - gap - size
				: at - size / 2;
	return Math.max(min, Math.min(max, place));
}

/** The tooltip's place for a point `at`, of `size` (its full content), in `area`. */
export function placeTooltip(
	at: Point,
	size: { width: number; height: number },
	area: Area,
	gap = 12
): TooltipPlace {
	const maxHeight = Math.max(0, area.bottom - area.top - 2 * EDGE);
	const height = Math.min(size.height, maxHeight);
	const width = Math.min(size.width, Math.max(0, area.right - area.left - 2 * EDGE));
	return {
		left: Math.round(along(at[0], width, area.left, area.right, gap)),
		top: Math.round(along(at[1], height, area.top, area.bottom, gap)),
		maxHeight
	};
}
