/**
 * Where each line's value goes in the exported image: near the middle of its curve, on the line or just
 * above or below it, at the first spot that stays inside the map and clear of the other text; further
 * along the curve when the middle is taken. Two short lines close together leave few such spots, so a
 * value with none is nudged further off its line (stacked above or below the others, or beside them);
 * failing that it takes a spot clear of the other values at least, over a name. A value is never dropped
 * (a slide reader has no tooltip): with no spot at all it sits on the middle of its line, halo and all.
 * Pure, so it is unit-tested.
 */
import type { Point } from './geometry';
import { overlaps, type Box } from './labelPlacement';

export interface ValueLabelRequest {
	key: string;
	/** The label's size in pixels. */
	width: number;
	height: number;
	/** Points on the line to try, best first (its middle, then either side of it). */
	along: Point[];
	/** The line's width in pixels: a label above or below clears half of it. */
	lineWidth: number;
}

export interface PlacedValue {
	key: string;
	/** The centre of the text. */
	x: number;
	y: number;
	box: Box;
	/** No spot clear of all other text was found: placed over a name, or on the line's middle over
	 * whatever is there. */
	crowded: boolean;
}

const GAP = 4;
/** How many label heights a value may be moved off its line, above or below, before it covers a name. */
const NUDGES = 3;

/** Places the labels in the order given (the most important first) inside `area`, clear of `taken`. */
export function placeValueLabels(requests: ValueLabelRequest[], area: Box, taken: Box[] = []): PlacedValue[] {
	const used = [...taken];
	/** The values placed so far: a value may cover a name when it must, never another value. */
	const values: Box[] = [];
	return requests.flatMap((r) => {
		if (!r.along.length) return [];
		const box = ([x, y]: Point): Box => ({
			x0: x - r.width / 2,
			y0: y - r.height / 2,
			x1: x + r.width / 2,
			y1: y + r.height / 2
		});
		const shift = r.lineWidth / 2 + r.height / 2 + GAP;
		const near = r.along.flatMap(([x, y]): Point[] => [
			[x, y],
			[x, y - shift],
			[x, y + shift]
		]);
		// Further off: a label height (and a gap) at a time above and below, then beside the point.
		const step = r.height + GAP;
		const [mx, my] = r.along[0]!;
		const nudged: Point[] = [];
		for (let k = 1; k <= NUDGES; k++) nudged.push([mx, my - shift - k * step], [mx, my + shift + k * step]);
		nudged.push([mx - r.width - GAP, my], [mx + r.width + GAP, my]);
		const spots = [...near, ...nudged];
		const inside = (b: Box) => b.x0 >= area.x0 && b.y0 >= area.y0 && b.x1 <= area.x1 && b.y1 <= area.y1;
		const clearOf = (boxes: Box[]) => (p: Point) => inside(box(p)) && !boxes.some((u) => overlaps(u, box(p)));
		const free = spots.find(clearOf(used));
		const [x, y] = free ?? spots.find(clearOf(values)) ?? clampInto(r.along[0]!, r, area);
		values.push(box([x, y]));
		used.push(box([x, y]));
		return [{ key: r.key, x, y, box: box([x, y]), crowded: !free }];
	});
}

/** The point moved just enough to keep a label of this size inside the area. */
function clampInto([x, y]: Point, r: Pick<ValueLabelRequest, 'width' | 'height'>, area: Box): Point {
	const clamp = (v: number, lo: number, hi: number) =>
		lo > hi ? (lo + hi) / 2 : Math.min(Math.max(v, lo), hi);
	return [
		clamp(x, area.x0 + r.width / 2, area.x1 - r.width / 2),
		clamp(y, area.y0 + r.height / 2, area.y1 - r.height / 2)
	];
}
