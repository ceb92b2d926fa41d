/**
 * The SVG map's camera: where it looks, moved by the reader's hand (gestures.ts) before MapLibre has
 * started. Bounds in, bounds out, through the SVG map's own projection; the page hears of a move once
 * the hand stops, so the URL is not rewritten on every frame.
 */
import { panBounds, zoomBounds, type TwoWayProjection } from './gestures';
import type { Bounds } from './view';

export class SvgCamera {
	bounds = $state.raw<Bounds>([
		[0, 0],
		[1, 1]
	]);
	/** Shown briefly after a one-finger swipe: two fingers move the map. */
	hint = $state(false);
	/** The SVG map's projection, set whenever it changes. */
	projection: TwoWayProjection | null = null;

	#onmoved: (bounds: Bounds) => void;
	#reportTimer: ReturnType<typeof setTimeout> | undefined;
	#hintTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(initial: Bounds, onmoved: (bounds: Bounds) => void) {
		this.bounds = initial;
		this.#onmoved = onmoved;
	}

	pan(dx: number, dy: number) {
		if (!this.projection) return;
		this.bounds = panBounds(this.bounds, dx, dy, this.projection);
		this.#reportSoon();
	}

	zoom(k: number, at: [number, number]) {
		if (!this.projection) return;
		this.bounds = zoomBounds(this.bounds, k, at, this.projection);
		this.#reportSoon();
	}

	showHint() {
		this.hint = true;
		clearTimeout(this.#hintTimer);
		this.#hintTimer = setTimeout(() => (this.hint = false), 1800);
	}

	#reportSoon() {
		clearTimeout(this.#reportTimer);
		this.#reportTimer = setTimeout(() => this.#onmoved(this.bounds), 300);
	}
}
