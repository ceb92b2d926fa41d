/**
 * The queue of a page's deferred parts (Deferred.svelte): each starts in a task of its own, in the order
 * the page asked for them, so the page's start is several short tasks instead of one long one, and a
 * reader's tap or the browser's paint can come between them.
 */

import { flushSync, type Component } from 'svelte';

/** What a deferred part is given (Deferred.svelte). */
export interface PartProps<P extends Record<string, unknown>, E extends Record<string, unknown>> {
	component: Component<P, E, string>;
	props: P;
	/** What the part exports, once it has started. */
	onstart?: (exports: E) => void;
	/** False: the browser never starts the part, and keeps the server's markup of it as a picture. */
	live?: boolean;
	/**
	 * When the part starts (its server markup is right until then):
	 * - 'soon', a task after the page's start, in turn with the other parts;
	 * - 'seen', once the reader could use it: it comes into view, a press or the focus reaches it, or
	 *   its props change (a part below the fold of a phone, which most first visits never reach);
	 * - 'changed', once its props change (a part that only shows what it is given, with nothing to press).
	 */
	until?: Until;
}

type Until = 'soon' | 'seen' | 'changed';

type Start = () => void;

const waiting: Start[] = [];
const drained: Start[] = [];
let scheduled = false;

function runNext() {
	scheduled = false;
	const start = waiting.shift();
	// A part whose start throws must not hold the others back; the error still reaches the console.
	try {
		start?.();
	} finally {
		if (waiting.length > 0) schedule();
		else finish();
	}
}

function schedule() {
	if (scheduled) return;
	scheduled = true;
	setTimeout(runNext);
}

function finish() {
	// A callback may change what the parts are given (the map's view from the URL, once they have
	// started), and a part still waiting for its reader starts once its props change: such parts start
	// before the callbacks after it (the page marks itself started last).
	while (drained.length > 0) {
		drained.shift()!();
		flushSync();
		if (waiting.length > 0) return;
	}
}

/** Starts `start` in a task of its own, after the parts queued before it. Returns what cancels it. */
export function startLater(start: Start): () => void {
	waiting.push(start);
	schedule();
	return () => {
		const at = waiting.indexOf(start);
		if (at >= 0) waiting.splice(at, 1);
	};
}

/**
 * Runs `callback` once every part queued so far has started, and any part that a callback before it set
 * going: at once when none is waiting.
 */
export function afterParts(callback: Start): void {
	if (waiting.length === 0 && !scheduled) callback();
	else drained.push(callback);
}

/** What a part waiting for its reader (`startWhenNeeded`) is told. */
export interface Waiting {
	/** Its props changed: the server's markup of it is out of date. */
	changed: () => void;
	cancel: () => void;
}

/**
 * Input that starts a waiting part at once, in the same task, so that the part's own handlers answer it
 * (they are added in the capture phase, before the event reaches them). A click comes alone from some
 * assistive technologies, with no press or focus before it.
 */
const STARTING_INPUT = ['pointerdown', 'focusin', 'click'] as const;

/**
 * Starts `start` when the part in `box` is needed (PartProps.until): at once on a press or focus inside
 * it; in a task of its own (startLater) once it comes into view or `changed` is called. Only once.
 */
export function startWhenNeeded(box: HTMLElement, until: Exclude<Until, 'soon'>, start: Start): Waiting {
	let done = false;
	let queued = false;
	let cancelQueued = () => {};
	let observer: IntersectionObserver | undefined;
	const stopWatching = () => {
		observer?.disconnect();
		for (const type of STARTING_INPUT) box.removeEventListener(type, startNow, true);
	};
	const run = () => {
		if (done) return;
		done = true;
		stopWatching();
		start();
	};
	function startNow() {
		cancelQueued();
		run();
	}
	// Queued, it still starts at once on a press or the focus, should one come before its turn.
	const queue = () => {
		if (done || queued) return;
		queued = true;
		observer?.disconnect();
		cancelQueued = startLater(run);
	};
	if (until === 'seen') {
		for (const type of STARTING_INPUT) box.addEventListener(type, startNow, true);
		// A browser that cannot tell what is in view starts it in its turn.
		if (typeof IntersectionObserver === 'undefined') queue();
		else {
			// The box takes no room (display: contents): what is seen is what is in it.
			observer = new IntersectionObserver((entries) => {
				if (entries.some((entry) => entry.isIntersecting)) queue();
			});
			for (const child of box.children) observer.observe(child);
		}
	}
	return {
		changed: queue,
		cancel: () => {
			done = true;
			stopWatching();
			cancelQueued();
		}
	};
}
