/**
 * Stepping through a presentation: which step a URL or a key asks for, and where each step points the
 * map. Pure, so keys, URLs and framing are unit-tested.
 */
import type { PresentationStep } from '$lib/data/schema';
import { boundsAround, type Bounds } from '$lib/map/view';

/** ?step=3 -> index 2; anything that is not a step number falls back to the first step. */
export function stepFromQuery(value: string | null, count: number): number {
	const n = Number(value);
	return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : 0;
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
export function frameBounds(step: PresentationStep, anchors: Map<string, [number, number]>): Bounds {
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
