/**
 * The queue of a page's deferred parts (Deferred.svelte): each starts in a task of its own, in the order
 * the page asked for them, so the page's start is several short tasks instead of one long one, and a
 * reader's tap or the browser's paint can come between them.
 */

import type { Component } from 'svelte';

/** What a deferred part is given (Deferred.svelte). */
export interface PartProps<P extends Record<string, unknown>, E extends Record<string, unknown>> {
	component: Component<P, E, string>;
	props: P;
	/** What the part exports, once it has started. */
	onstart?: (exports: E) => void;
	/** False: the browser never starts the part, and keeps the server's markup of it as a picture. */
	live?: boolean;
}

type Start = () => void;

const waiting: Start[] = [];
let drained: Start[] = [];
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
	const callbacks = drained;
	drained = [];
	for (const callback of callbacks) callback();
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

/** Runs `callback` once every part queued so far has started: at once when none is waiting. */
export function afterParts(callback: Start): void {
	if (waiting.length === 0 && !scheduled) callback();
	else drained.push(callback);
}
