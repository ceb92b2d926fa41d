/**
 * A presentation's state, with one owner for both its windows (the presenter and the speaker view):
 * the current step, the keys that move it (steps.ts stepForKey), the ?step= in the URL, and the channel
 * to the other windows of the same presentation (sync.ts).
 *
 * Starting: a window whose URL names a step keeps it and tells the others; a window without one asks
 * them ("hello") and takes the step they answer with, so a speaker view opened mid-talk joins the talk
 * rather than sending the audience back to the start. The URL is written back on every step once the
 * page has started (replaceState, as the corridor map's viewState.svelte.ts does).
 */
import { onMount } from 'svelte';
import { afterNavigate, replaceState } from '$app/navigation';
import { stepForKey, stepInSearch } from './steps';
import { openStepChannel, type StepChannel } from './sync';

export interface DeckOptions {
	/** F toggles full screen (the presenter window). */
	fullscreen?: boolean;
}

export class Deck {
	/** The current step, from 0. */
	index = $state(0);
	readonly total: number;
	readonly #id: string;
	readonly #fullscreen: boolean;
	#channel: StepChannel | null = null;
	/** The router takes shallow URL changes only once the page has started. */
	#started = $state(false);

	constructor(presentationId: string, total: number, options: DeckOptions = {}) {
		this.#id = presentationId;
		this.total = total;
		this.#fullscreen = options.fullscreen ?? false;
	}

	get first() {
		return this.index === 0;
	}
	get last() {
		return this.index === this.total - 1;
	}

	/** Goes to a step and tells the other windows (unless the step came from them). */
	go(n: number, tell = true) {
		if (n === this.index || n < 0 || n >= this.total || !Number.isInteger(n)) return;
		this.index = n;
		if (tell) this.#channel?.state(n);
	}
	next = () => this.go(this.index + 1);
	previous = () => this.go(this.index - 1);

	/** Reads the URL's step, or asks the other windows for theirs, and listens to them from now on. */
	start(search: string) {
		const named = stepInSearch(search, this.total);
		this.#channel = openStepChannel(this.#id, {
			state: (s) => this.go(s, false),
			hello: () => this.#channel?.state(this.index)
		});
		if (named === null) this.#channel.hello();
		else {
			this.index = named;
			this.#channel.state(named);
		}
	}

	/** The page has started: from now on the URL follows the step. */
	ready() {
		this.#started = true;
	}

	/** Writes ?step= into the URL in place; to be called from an effect, so it follows every step. */
	syncUrl() {
		const url = `${location.pathname}?step=${this.index + 1}`;
		if (!this.#started || url === location.pathname + location.search) return;
		// Same page, only the query changes: the path is the one the router already resolved.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(url, {});
	}

	stop() {
		this.#channel?.close();
		this.#channel = null;
	}

	/** Keys of a keyboard or a presentation clicker; Enter and Space still press a focused control. */
	onkeydown = (e: KeyboardEvent) => {
		if (e.altKey || e.ctrlKey || e.metaKey) return;
		if (this.#fullscreen && (e.key === 'f' || e.key === 'F')) {
			e.preventDefault();
			if (document.fullscreenElement) document.exitFullscreen();
			else document.documentElement.requestFullscreen?.().catch(() => {});
			return;
		}
		const target = e.target as Element | null;
		const control =
			typeof target?.closest === 'function' &&
			target.closest('input, textarea, select, a, button, [role=button]');
		if (control && (e.key === 'Enter' || e.key === ' ')) return;
		const n = stepForKey(e.key, this.index, this.total);
		if (n === null) return;
		e.preventDefault();
		this.go(n);
	};
}

/**
 * A deck wired into the component being set up: it starts on mount, writes the URL on every step once
 * the router has started, and closes its channel with the component. Call during initialisation.
 */
export function useDeck(presentationId: string, total: number, options: DeckOptions = {}): Deck {
	const deck = new Deck(presentationId, total, options);
	onMount(() => {
		deck.start(location.search);
		return () => deck.stop();
	});
	afterNavigate(() => deck.ready());
	$effect(() => deck.syncUrl());
	return deck;
}
